text = "x" * 10**6
# A million matches, each replaced by a thousand characters: about 1 GB.
try:
    text = text.replace("x", "y" * 1000)
except MemoryError:
    print("too big to replace")
print(text.replace("x", "ab", 3)[:8], "x".replace("", "-"))

try:
    s = "x" * 10 ** 10
except MemoryError:
    print("MemoryError caught")
print("after")

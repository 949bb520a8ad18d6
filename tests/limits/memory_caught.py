lines = []
try:
    while True:
        lines.append("x" * 1000)
except MemoryError as e:
    count = len(lines)
    lines.clear()
    print("MemoryError:", repr(e), "after more than 1000 lines:", count > 1000)
# The memory is free again: the program goes on.
lines = ["y" * 1000 for _ in range(1000)]
print(len(lines), "lines")
try:
    while True:
        lines.append("x" * 1000)
except MemoryError:
    print("MemoryError again")

x = 10**5000
try:
    s = str(x)
except ValueError as e:
    print(e)
try:
    print(f"{x}")
except ValueError as e:
    print(e)
try:
    print(f"{x:,}")
except ValueError as e:
    print(e)
try:
    int("1" * 5000)
except ValueError as e:
    print(e)
print(len(str(10**4299)), int("1" * 4300) % 7, hex(x)[:10])
print(int("0x" + "f" * 5000, 0) % 10)
for b in (1, 37, -1):
    try:
        int("10", b)
    except ValueError as e:
        print(b, e)
print(int("z", 36), int("10", 0), -10**4299 < 0, len(repr(-10**4299)))
try:
    print([1, 10**4300])
except ValueError as e:
    print(e)

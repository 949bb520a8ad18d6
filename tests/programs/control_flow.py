for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
else:
    print("not reached")
for i in range(3):
    pass
else:
    print("loop finished", i)
n = 0
while n < 5:
    n += 1
    if n == 3:
        print("three")
    elif n == 4:
        print("four")
    else:
        print("other", n)
while True:
    n -= 1
    if n < 2:
        break
print(n, "yes" if n else "no", 0 or "default", 1 and 2, not 0, None or 0)
for i, ch in enumerate("ab", start=1):
    for j in range(2):
        if j == 1:
            break
        print(i, ch, j)
print(any([0, 0, 1]), all([1, 1, 0]), any([]), all([]))

a = 2 ** 200
b = 3 ** 100
print(a, b, a + b, a - b, a * b, a // b, a % b, -a // b, a > b, a == 2 ** 200)
print(len(str(2 ** 1000)), 10 ** 30 / 10 ** 10, float(2 ** 70), int(1e20), hash(5))
n = 1
for i in range(1, 31):
    n *= i
print(n, f"{n:,}", f"{2**70:x}")

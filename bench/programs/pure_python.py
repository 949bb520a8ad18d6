# A pure-Python workload: recursive calls, a loop with arithmetic, string building.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def build(n):
    parts = []
    for i in range(n):
        parts.append(f"{i}:{i * i % 7}")
    return ",".join(parts)


total = 0
i = 0
while i < 300000:
    total += i % 3
    i += 1

s = build(50000)
print(fib(24), total, len(s), s[:30])

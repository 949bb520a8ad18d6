def outer():
    def fact(n):
        return 1 if n < 2 else n * fact(n - 1)
    return fact(10)
print(outer())
a = b = 0
a += 1
print(a, b)
data = {"x": [1, 2], "y": [3]}
data["x"] += [9]
data.setdefault("z", []).append(5)
print(data)
def find(items, target):
    for i, v in enumerate(items):
        try:
            if v == target:
                return i
        except Exception:
            pass
        finally:
            pass
    return -1
print(find([4, 5, 6], 6), find([], 1))
def g():
    for i in range(5):
        try:
            if i == 2:
                raise ValueError(i)
        except ValueError as e:
            print("err", e)
            break
    return "done"
print(g())
matrix = [[0] * 3 for _ in range(2)]
matrix[1][2] = 7
print(matrix, len(matrix[0]))
s = "The quick brown fox"
words = s.split()
print(" ".join(w[::-1] for w in words), max(words, key=len), sorted(words, key=lambda w: w.lower()))
print(f"{'left':<10}|{'right':>10}|{3.0:.1f}|{10/3:.3f}|{2**0.5:.10f}")
nums = [5, 3, 8, 1]
nums.sort(key=lambda n: -n)
print(nums, nums.index(8), sum(n for n in nums if n > 2))
print(list(map(lambda x, y: x + y, [1, 2], [10, 20])), dict(enumerate("ab")))
x = 5
def show():
    print("x is", x)
show()
def modify():
    global x
    x = 99
modify(); show()
try:
    raise TypeError("custom") from None
except TypeError as e:
    print(repr(e))
print(round(3.14159, 2), round(-0.5), abs(-0.0), 7 // -2, -7 // 2, 7 % -2)
print(str(12345)[::-1], int("0b101", 0) if False else int("101", 2), float("1e3"))
print("%.2f%%" % 45.678, "%5.1f|%-8s|%+d" % (3.14159, "hi", 5))
print([i for i in range(20) if i % 3 == 0 if i % 2 == 0])
t = 1, 2, 3
print(t, type(t).__name__, len(t))
q = [1, 2, 3]
q[len(q):] = [4, 5]
print(q, q[::-1][1:3])
print(1e22, 1e21, 123456789012345678.0, 0.1 + 0.7, 1/7, 100.0 / 3)
print(2**31 * 2**31, -2**63, 10**18 + 1, (10**18) * 10)

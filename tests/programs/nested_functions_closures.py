def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print(outer(1)(2)(3))
def counter_factory():
    counts = {"n": 0}
    def hit():
        counts["n"] += 1
        return counts["n"]
    return hit
h = counter_factory()
h(); h()
print(h())
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
def apply(f, *args, **kw):
    return f(*args, **kw)
print(apply(max, 1, 5, 3), apply(sorted, [3, 1], reverse=True))

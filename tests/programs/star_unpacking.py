a, *b = [1, 2, 3]
print(a, b)
first, *_, last = range(10)
print(first, last)
*init, tail = "hello"
print(init, tail)
(x, *y), z = (1, 2, 3), 4
print(x, y, z)
[p, [q, *r]] = [1, [2, 3, 4]]
print(p, q, r)
for head, *rest in [(1, 2, 3), (4,), (5, 6)]:
    print(head, rest)
xs, ys = [1, 2], (3, 4)
print([*xs, *ys], (*xs, 1), {*xs, 2}, [*range(3), *"ab"])
da, db = {"a": 1}, {"b": 2, "a": 3}
print({**da, **db}, {**da, "c": 5, **db})
def f(*args, **kw):
    return args, kw
print(f(*xs, *ys, 9, **da, **{"z": 1}))
print(f(*xs, k=1, **db))
print(*xs, sep="-")
s = {*()}
print(s, type(s))
t = *xs, *ys
print(t)
try:
    a, b, *c = [1]
except ValueError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
try:
    a, *b, c, d = "ab"
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
try:
    print(*5)
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
try:
    [*None]
except TypeError as e:
    print(e)
try:
    {**[1]}
except TypeError as e:
    print(e)
def f():
    rest = [2, 3]
    return 1, *rest

def g():
    yield *[1, 2], 3

print(f(), list(g()))
d = {(1, 2): "pair"}
idx = (1, 2)
print(d[*idx] if False else d[idx])
for x in *[1, 2], *"ab":
    print(x, end=" ")
print()
def kw(a, b=0, **rest):
    return a, b, rest
print(kw(**{"a": 1}, b=2), kw(1, **{"c": 3}, d=4))
try:
    kw(**{"a": 1}, a=2)
except TypeError as e:
    print(e)
try:
    kw(1, a=2)
except TypeError as e:
    print(e)
head, *tail = {"x": 1, "y": 2}
print(head, tail)
*a, = range(3)
print(a)
[b, *c] = "xyz"
print(b, c)

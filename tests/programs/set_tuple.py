s = {1, 2, 3}
s.add(4)
s.discard(10)
s.remove(1)
print(s, len(s), 2 in s, sorted(s | {9}), s & {2, 3}, s - {2}, {1, 2} ^ {2, 3})
print(set(), set([1, 1, 2]), {x % 3 for x in range(10)}, {1, 2} == {2, 1})
t = (1, 2, 3)
a, b, c = t
print(t, a + b + c, t[1:], t + (4,), t * 2, (1,), (), t.index(2), t.count(3), len(t))
x, y = 1, 2
x, y = y, x
print(x, y, tuple([1, 2]), (1, 2) < (1, 3), max((1, "a"), (2, "b")))
first, *rest = "hello"
*init, last = [1, 2, 3]
print(first, rest, init, last)

# Value objects with __eq__ and __hash__: sets and dict keys see equal
# objects as one, the way a blog post about "hashable classes" shows it.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


a = Point(1, 2)
b = Point(1, 2)
c = Point(3, 4)
print(a == b, a is b, a != b, a == c, a != c)
print(a == (1, 2), (1, 2) == a, a != "p")

points = {a, b, c, Point(3, 4)}
print(len(points), sorted(points, key=lambda p: p.x))
print(Point(1, 2) in points, Point(9, 9) in points)

visits = {}
for p in [a, b, c, Point(1, 2)]:
    visits[p] = visits.get(p, 0) + 1
print(visits)
print(visits[Point(3, 4)], Point(1, 2) in visits)
del visits[Point(1, 2)]
print(visits)

seen = set()
seen.add(Point(0, 0))
seen.add(Point(0, 0))
seen.discard(Point(5, 5))
seen.remove(Point(0, 0))
print(seen)
try:
    seen.remove(Point(0, 0))
except KeyError as e:
    print("KeyError", e)

print(hash(a) == hash(b), hash(Point(7, 8)) == hash((7, 8)))
print([a, c].index(Point(3, 4)), [a, b, c].count(Point(1, 2)))
print({a: 1} == {Point(1, 2): 1}, [a] == [b], (a, 1) == (b, 1))

# Keyed by tuples that hold value objects.
grid = {(Point(0, 0), "start"): 1}
print(grid[(Point(0, 0), "start")])
d = dict([(Point(1, 1), "one")])
d.setdefault(Point(1, 1), "other")
d.update({Point(2, 2): "two"})
print(d, d.pop(Point(2, 2)))
print({Point(i % 2, 0) for i in range(5)})
print({Point(i % 2, 0): i for i in range(5)})


class Tagged:
    """Only identity: no __eq__, so hashable by default."""

    def __init__(self, tag):
        self.tag = tag


t = Tagged("x")
registry = {t: "first", Tagged("x"): "second"}
print(len(registry), registry[t], t in registry, Tagged("x") in registry)
print(t == t, t == Tagged("x"), t != Tagged("x"))

# Set algebra and set equality ask __eq__ too.
left = {Point(1, 2), Point(3, 4)}
right = {Point(3, 4), Point(5, 6)}
print(sorted(left | right, key=lambda p: p.x), left & right, left - right)
print(sorted(left ^ right, key=lambda p: p.x), left == {Point(3, 4), Point(1, 2)}, left != right)
print(len(left.union([Point(0, 0)])), len(left.union(right)))
print(left.intersection(right), left.difference(right), left.issubset(left | right))
print(left.issuperset({Point(1, 2)}), left.isdisjoint(right), {Point(9, 9)}.isdisjoint(left))
left.update([Point(1, 2), Point(7, 7)])
print(len(left), Point(7, 7) in left)

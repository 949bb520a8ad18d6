# A class deriving from a namedtuple, the classic recipe: `__slots__ = ()`
# keeps instances as small as the tuple, methods and `__str__` added on top.
import asyncio
import math
from collections import namedtuple


class Point(namedtuple("Point", "x y")):
    __slots__ = ()

    @property
    def hypot(self):
        return math.hypot(self.x, self.y)

    def __str__(self):
        return f"Point: x={self.x:6.3f}  y={self.y:6.3f}  hypot={self.hypot:6.3f}"


class Point3(namedtuple("Point3", ["x", "y", "z"], defaults=[0])):
    def shifted(self, dx):
        return self._replace(x=self.x + dx)


async def locate(i):
    await asyncio.sleep(0.1 * (3 - i))
    return Point(i, i * 2)


async def main():
    points = await asyncio.gather(*(locate(i) for i in range(3)))
    for p in points:
        print(p)
    p = Point(3, 4)
    print(repr(p), p.hypot, p.x, p[1], p == (3, 4), p + (5,), Point._fields)
    print(p._asdict(), list(p), max(points), type(p).__name__, isinstance(p, tuple))
    x, y = p
    print(x, y, Point._make([1, 2]), type(Point._make([1, 2])) is Point)
    q = Point3(1, 2)
    print(q, q.shifted(5), q.shifted(5).shifted(1), q.z, Point3.__mro__[0])
    print(p._replace(x=0).hypot, str(p._replace(y=0)))
    try:
        p.z = 1
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        p.x = 1
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        Point(1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        Point(1, 2, 3)
    except TypeError as e:
        print("TypeError:", e)
    Point(1, 2).missing


asyncio.run(main())

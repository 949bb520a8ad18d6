# cached_property needs an instance __dict__: on a class with __slots__
# CPython refuses with a TypeError raised inside functools.
from functools import cached_property


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @cached_property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


class Sensor:
    @cached_property
    def reading(self):
        return 1 / 0


try:
    Sensor().reading
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

try:
    class Twice:
        @cached_property
        def a(self):
            return 1
        b = a
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

print(Point(3, 4).norm)

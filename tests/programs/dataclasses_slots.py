# dataclass(slots=True): the class is made again with __slots__ naming its
# fields, so instances take no other attribute; frozen and inherited too.
from dataclasses import dataclass, field
import dataclasses

@dataclass(slots=True)
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)

p = Point(1)
print(p, Point.__slots__, p == Point(1, 0), dataclasses.fields(p)[1].default)
try:
    p.z = 3
except AttributeError as e:
    print(e)
try:
    p.__dict__
except AttributeError as e:
    print(e)

@dataclass(frozen=True, slots=True)
class Frozen:
    a: int
f = Frozen(1)
print(f, hash(f) == hash((1,)))
try:
    f.a = 2
except dataclasses.FrozenInstanceError as e:
    print(e)

@dataclass(slots=True)
class P3(Point):
    z: int = 5
print(P3(1, 2, [], 3), P3.__slots__)

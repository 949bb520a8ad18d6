# Enum members with methods, properties, aliases, __members__ and auto().
from enum import Enum, IntEnum, auto, unique


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS = (4.869e+24, 6.0518e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


for p in Planet:
    print(f"{p.name:<8} {p.value} {p.surface_gravity:.2f}")
print(Planet((5.976e+24, 6.37814e6)), Planet.EARTH.mass)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias of RED

    def describe(self):
        return f"{self.name} is color #{self.value}"

    @classmethod
    def favourite(cls):
        return cls.GREEN

    @staticmethod
    def count():
        return len(Color)

    def __str__(self):
        return f"Color({self.name.lower()})"


print(list(Color), Color.CRIMSON, Color.CRIMSON is Color.RED, repr(Color.CRIMSON))
print(Color.RED.describe(), Color.favourite(), Color.count())
for name, member in Color.__members__.items():
    print(name, "->", member.name)
print([name for name, m in Color.__members__.items() if m.name != name])
print(Color(1), Color["CRIMSON"], f"{Color.BLUE}", "{}".format(Color.GREEN))


class Weekday(Enum):
    MONDAY = auto()
    TUESDAY = auto()
    WEDNESDAY = 10
    THURSDAY = auto()


print([(d.name, d.value) for d in Weekday])


class Shape(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title()

    CIRCLE = auto()
    SQUARE = auto()


print(list(Shape), Shape("Circle"))


class Level(IntEnum):
    DEBUG = 10
    INFO = 20

    @classmethod
    def _missing_(cls, value):
        return cls.INFO


print(Level(99), Level(10), Level.DEBUG.bit_length(), int(Level.INFO), float(Level.DEBUG))
print(range(Level.DEBUG)[-1], ["a", "b", "c"][Level.DEBUG // 10], bool(Level.DEBUG), abs(Level.INFO))


@unique
class Status(Enum):
    OK = 200
    NOT_FOUND = 404


print(Status(404), Status.OK.value, {Status.OK, Status.OK}, Status.OK == 200, hash(Status.OK) == hash(Status.OK))
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 1
        UNO = 1
except ValueError as e:
    print("ValueError:", e)

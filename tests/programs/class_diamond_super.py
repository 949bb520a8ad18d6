class Base:
    def __init__(self, **kwargs):
        print("Base.__init__", sorted(kwargs))
        super().__init__()

    def describe(self):
        return ["Base"]


class Logger(Base):
    def __init__(self, level="info", **kwargs):
        print("Logger.__init__", level)
        self.level = level
        super().__init__(**kwargs)

    def describe(self):
        return ["Logger"] + super().describe()


class Cache(Base):
    def __init__(self, size=10, **kwargs):
        print("Cache.__init__", size)
        self.size = size
        super().__init__(**kwargs)

    def describe(self):
        return ["Cache"] + super().describe()


class Service(Logger, Cache):
    def __init__(self, name, **kwargs):
        print("Service.__init__", name)
        self.name = name
        super().__init__(**kwargs)

    def describe(self):
        return ["Service"] + super().describe()


s = Service("api", level="debug", size=64)
print(vars(s))
print(s.describe())
print([c.__name__ for c in Service.__mro__])
print(Service.mro() == list(Service.__mro__), Service.__bases__)
print(isinstance(s, (Cache, int)), isinstance(s, Base), issubclass(Service, (str, Logger)))
print(super(Logger, s).describe(), super(Service, s).describe())


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    pass


print(D().who(), [k.__name__ for k in D.__mro__])
print(D.__qualname__, type(D()).__name__, D().__class__.__name__, D.__module__)


class Shape:
    sides = 0

    def __init__(self):
        self.sides = type(self).sides


class Square(Shape):
    sides = 4


sq = Square()
print(sq.sides, Shape.sides, Square.sides)
Square.sides = 5
print(sq.sides, Square().sides, Shape().sides)
try:
    super(D, A())
except TypeError as e:
    print("TypeError:", e)


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Slotted(1, 2)
print(p.x + p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)

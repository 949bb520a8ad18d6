# error paths people hit
class Base:
    def __init__(self, name):
        self.name = name

class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

try:
    Child("x")
except TypeError as e:
    print(e)
try:
    Base()
except TypeError as e:
    print(e)
try:
    Base("a", "b")
except TypeError as e:
    print(e)
class NoInit: pass
try:
    NoInit(1)
except TypeError as e:
    print(e)
class M:
    def m(self): pass
    @classmethod
    def c(cls, x): pass
    @staticmethod
    def s(x): pass
for call in [lambda: M().m(1), lambda: M.m(), lambda: M.c(), lambda: M().s(), lambda: M.s(1, 2)]:
    try:
        call()
    except TypeError as e:
        print(e)
try:
    class Q(StopIteration, OSError): pass
except TypeError as e:
    print(e)
try:
    class Y(NoInit, NoInit): pass
except TypeError as e:
    print(e)
try:
    class Z(ValueError, KeyError): pass
    print("ok", Z.__mro__)
except TypeError as e:
    print(e)
try:
    property(fget=1, bad=2)
except TypeError as e:
    print(e)
try:
    classmethod()
except TypeError as e:
    print(e)
try:
    type("T", [], {})
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
try:
    super(M, NoInit())
except TypeError as e:
    print(e)
try:
    M.__init_subclass__(x=1)
except TypeError as e:
    print(e)
try:
    class Slots:
        __slots__ = ("a", "b")
        a = 1
except ValueError as e:
    print(e)

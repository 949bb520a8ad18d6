# A Vector class with arithmetic, reflected and in-place operators, as the
# classic "operator overloading in Python" tutorials write it.

class Vector:
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return bool(abs(self))

    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return self + other

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, scalar):
        if isinstance(scalar, (int, float)):
            return Vector(self.x * scalar, self.y * scalar)
        return NotImplemented

    def __rmul__(self, scalar):
        return self * scalar

    def __truediv__(self, scalar):
        return Vector(self.x / scalar, self.y / scalar)

    def __floordiv__(self, scalar):
        return Vector(self.x // scalar, self.y // scalar)

    def __mod__(self, n):
        return Vector(self.x % n, self.y % n)

    def __pow__(self, n):
        return Vector(self.x ** n, self.y ** n)

    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __pos__(self):
        return Vector(+self.x, +self.y)

    def __invert__(self):
        return Vector(self.y, self.x)

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y


v = Vector(3, 4)
w = Vector(1, 2)
print(v + w, v - w, v * 2, 3 * v, v / 2, v // 2, v % 3, v ** 2)
print(repr(v @ w), -v, +v, ~v, abs(v), bool(v), bool(Vector()))
print(sum([v, w, Vector(10, 10)]))
x, y = v
print(x, y, list(v), tuple(w), max(v))

u = v
u += w
print(u, v, u is v)
t = Vector(0, 1)
t -= Vector(0, 1)
print(t, t == Vector(), t is Vector())
t *= 5
print(repr(t))

if not Vector():
    print("the zero vector is falsy")

print(f"{v}", f"{v!r}", f"{v!s:>12}|", "{}".format(str(w)), str(v), repr([v, w]))


class Bits:
    def __init__(self, n):
        self.n = n

    def __and__(self, other):
        return Bits(self.n & other.n)

    def __or__(self, other):
        return Bits(self.n | other.n)

    def __xor__(self, other):
        return Bits(self.n ^ other.n)

    def __lshift__(self, k):
        return Bits(self.n << k)

    def __rshift__(self, k):
        return Bits(self.n >> k)

    def __rlshift__(self, k):
        return Bits(k << self.n)

    def __repr__(self):
        return f"Bits({self.n:#06b})"


a, b = Bits(0b1100), Bits(0b1010)
print(a & b, a | b, a ^ b, a << 2, a >> 2, 1 << Bits(3))
a |= Bits(1)
print(a)

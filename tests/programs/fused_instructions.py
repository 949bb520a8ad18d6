# The sequences the compiler fuses into one instruction (a comparison and its
# jump, a constant operand, `x op= constant`, two locals loaded together, a
# loop's back edge) on every kind of operand: the shortcut for plain ints and
# floats, and everything else through the ordinary instructions.
import math


class Version:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        print("  __lt__", self.n, other)
        return self.n < other

    def __eq__(self, other):
        print("  __eq__", self.n, other)
        return self.n == other

    def __iadd__(self, k):
        print("  __iadd__", self.n, k)
        return Version(self.n + k)

    def __repr__(self):
        return f"Version({self.n})"


def compare_kinds():
    values = [3, 3.5, float("nan"), -0.0, "abc", True, None, (1, 2), Version(3)]
    for v in values:
        row = []
        if v == 3:
            row.append("==3")
        if v != 3:
            row.append("!=3")
        if v is None:
            row.append("is None")
        if v is not None:
            row.append("is not None")
        if v in (3, "abc", None):
            row.append("in")
        if v not in [3.5]:
            row.append("not in")
        try:
            if v < 3:
                row.append("<3")
            if v <= 3.5:
                row.append("<=3.5")
            if v > -1:
                row.append(">-1")
            if v >= 0.0:
                row.append(">=0.0")
        except TypeError as e:
            row.append(f"TypeError: {e}")
        print(repr(v), row)


def chained(n):
    out = []
    i = 0
    while 0 <= i < n:
        if 1 < i <= 3 or i == n - 1:
            out.append(i)
        i += 1
    return out


def locals_loop():
    a, b = 7, 3
    total = 0
    k = 0
    while k < 20:
        total += a * b - k
        k += 1
        a -= 1
        b *= 2
        b //= 3
        b %= 11
        b |= 4
        b ^= 1
        b &= 63
    return total, a, b, k


def overflow():
    x = 9223372036854775800
    while x < 9223372036854775810:
        x += 3
    y = -9223372036854775800
    y -= 100
    z = 3037000500
    z *= 3037000500
    return x, y, z


def floats_and_strings():
    f = 0.0
    while f < 1.0:
        f += 0.25
    s = ""
    while s < "aaaa":
        s += "a"
    t = 1
    t /= 4
    u = 2
    u **= 70
    return f, s, t, u


class Box:
    def __init__(self):
        self.count = 0
        self.items = [0, 0]
        self.v = Version(1)


def attributes_and_subscripts():
    b = Box()
    i = 0
    while i < 5:
        b.count += 2
        b.items[i % 2] += i
        i += 1
    b.v += 4
    d = {"k": 1}
    d["k"] <<= 5
    return b.count, b.items, b.v, d


def errors():
    n = 10
    try:
        n %= 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e, n)
    try:
        n //= 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e, n)
    try:
        missing += 1
        missing = 0
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    try:
        while undefined_global < 3:
            pass
    except NameError as e:
        print("NameError:", e)
    v = Version(5)
    if v < 7:
        print("Version below 7")
    if v == 5:
        print("Version equal to 5")
    if math.inf > 10**400:
        print("inf above a big int")
    if 10**400 > 3:
        print("big int above 3")


counter = 0
limit = 1000
while counter < limit:
    counter += 7
gsum = 0
gi = 0
while gi < 50:
    gsum += gi % 3
    gi += 1
print(counter, gsum, gi)
compare_kinds()
print(chained(6))
print(locals_loop())
print(overflow())
print(floats_and_strings())
print(attributes_and_subscripts())
errors()


class Stack(list):
    def append(self, x):
        print("  Stack.append", x)
        super().append(x * 2)


def appends():
    a = []
    print(a.append(1), a)
    b = [a]
    b[0].append(b)
    print(len(a), a[1] is b)
    s = Stack([1])
    s.append(3)
    print(s)
    t = (1, 2)
    try:
        t.append(3)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        a.append()
    except TypeError as e:
        print("TypeError:", e)


appends()


def last(x):
    k = 0
    while k < 3:
        k += 1
    if k < x:
        return k
    return x


print(last(5))
print(last("three"))

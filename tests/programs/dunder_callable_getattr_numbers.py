# A callable class (__call__), attribute fallbacks (__getattr__), and
# conversions (__int__, __float__, __index__).


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return f"call #{self.calls} with {args} {kwargs}"


count = Counter()
print(count(1, 2), count(key="v"), count.calls, callable(count), callable(Counter), callable(42))
print(list(map(Counter(), [10, 20])))


class Multiplier:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, x):
        return x * self.factor


double = Multiplier(2)
print(double(21), sorted([3, 1, 2], key=Multiplier(-1)), [double(x) for x in range(3)])
try:
    double()
except TypeError as e:
    print(e)


class Config:
    defaults = {"debug": False, "level": 3}

    def __init__(self, **options):
        self.options = options

    def __getattr__(self, name):
        print(f"  __getattr__({name!r})")
        if name in self.options:
            return self.options[name]
        if name in self.defaults:
            return self.defaults[name]
        raise AttributeError(f"no setting {name!r}")


c = Config(debug=True)
print(c.debug, c.level, c.options, c.defaults["level"])
try:
    c.missing
except AttributeError as e:
    print("AttributeError:", e)


class Proxy:
    def __init__(self, target):
        self._target = target
        self._methods = {"append": target.append, "sort": target.sort, "count": target.count}

    def __getattr__(self, name):
        print("  forwarding", name)
        return self._methods[name]


p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.count(1))


class Fraction:
    def __init__(self, num, den):
        self.num = num
        self.den = den

    def __int__(self):
        return self.num // self.den

    def __float__(self):
        return self.num / self.den


class Slot:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


f = Fraction(7, 2)
print(int(f), float(f), int(Slot(4)), float(Slot(5)), ["a", "b", "c"][Slot(1)], "xyz"[Slot(2)])
lst = [0, 1, 2]
lst[Slot(0)] = "first"
print(lst, [1, 2] * Slot(2))
for bad in [int, float]:
    try:
        bad(Counter())
    except TypeError as e:
        print(e)
c.nothing_here

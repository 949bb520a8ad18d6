# NotImplemented hands the operation to the other operand; when both
# decline, CPython's TypeErrors name the classes.


class Meters:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Meters({self.n})"

    def __add__(self, other):
        print("  Meters.__add__", other)
        if isinstance(other, Meters):
            return Meters(self.n + other.n)
        return NotImplemented

    def __radd__(self, other):
        print("  Meters.__radd__", other)
        return NotImplemented

    def __eq__(self, other):
        print("  Meters.__eq__", other)
        return NotImplemented

    def __lt__(self, other):
        print("  Meters.__lt__", other)
        if isinstance(other, Meters):
            return self.n < other.n
        return NotImplemented


class Feet:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Feet({self.n})"

    def __radd__(self, other):
        print("  Feet.__radd__", other)
        if isinstance(other, Meters):
            return Meters(other.n + self.n * 0.3048)
        return NotImplemented

    def __gt__(self, other):
        print("  Feet.__gt__", other)
        return True


class Centimeters(Meters):
    def __radd__(self, other):
        print("  Centimeters.__radd__", other)
        return Centimeters(other.n * 100 + self.n)

    def __gt__(self, other):
        print("  Centimeters.__gt__", other)
        return False


def attempt(label, f):
    print(label)
    try:
        print("  ->", f())
    except TypeError as e:
        print("  TypeError:", e)


attempt("Meters + Meters", lambda: Meters(1) + Meters(2))
attempt("Meters + Feet", lambda: Meters(1) + Feet(10))
attempt("Meters + Centimeters", lambda: Meters(1) + Centimeters(5))
attempt("Meters + 1", lambda: Meters(1) + 1)
attempt("1 + Meters", lambda: 1 + Meters(1))
attempt("Feet + Feet", lambda: Feet(1) + Feet(1))
attempt("Meters == Meters", lambda: Meters(1) == Meters(1))
m = Meters(1)
attempt("m == m", lambda: m == m)
attempt("m != m", lambda: m != m)
attempt("Meters != 3", lambda: Meters(1) != 3)
attempt("Meters < Meters", lambda: Meters(1) < Meters(2))
attempt("Meters < Feet", lambda: Meters(1) < Feet(2))
attempt("Meters < Centimeters", lambda: Meters(1) < Centimeters(2))
attempt("Meters < 5", lambda: Meters(1) < 5)
attempt("5 > Meters", lambda: 5 > Meters(1))
attempt("Meters <= Meters", lambda: Meters(1) <= Meters(2))
attempt("Feet >= 2", lambda: Feet(1) >= 2)
attempt("sorted", lambda: sorted([Meters(3), Meters(1), Meters(2)]))
attempt("sorted mixed", lambda: sorted([Meters(3), 1]))
attempt("max", lambda: max(Feet(1), Feet(2)))
attempt("Meters - Meters", lambda: Meters(1) - Meters(1))
attempt("Meters ** 2", lambda: Meters(1) ** 2)
attempt("'a' + Meters", lambda: "a" + Meters(1))
attempt("[1] + Meters", lambda: [1] + Meters(1))
attempt("[1] * Meters", lambda: [1] * Meters(1))
attempt("-Meters", lambda: -Meters(1))
attempt("~Feet", lambda: ~Feet(1))
attempt("abs(Feet)", lambda: abs(Feet(1)))


def inplace():
    f = Feet(1)
    f -= 1
    return f


attempt("Feet -= 1", inplace)


class Plain:
    pass


attempt("Plain < Plain", lambda: Plain() < Plain())
attempt("Plain == Plain", lambda: Plain() == Plain())
attempt("len(Plain)", lambda: len(Plain()))
attempt("Plain()[0]", lambda: Plain()[0])
attempt("Plain()()", lambda: Plain()())
attempt("iter(Plain)", lambda: iter(Plain()))
attempt("1 in Plain", lambda: 1 in Plain())
attempt("next(Plain)", lambda: next(Plain()))
attempt("f-string spec", lambda: f"{Plain():>10}")
attempt("[1][Plain]", lambda: [1][Plain()])
attempt("'abc'[Plain]", lambda: "abc"[Plain()])
attempt("Plain in 'abc'", lambda: Plain() in "abc")
attempt("join", lambda: ", ".join([Plain()]))
attempt("%d", lambda: "%d" % Plain())
attempt("int(Plain)", lambda: int(Plain()))
attempt("hash(Meters)", lambda: hash(Meters(1)))
attempt("set of Meters", lambda: {Meters(1)})
attempt("dict key Meters", lambda: {Meters(1): 1})
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print(Meters(1) < Centimeters(1) < Feet(0))
Meters(1) >= Meters(2)

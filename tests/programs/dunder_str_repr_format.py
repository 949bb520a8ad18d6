# __repr__, __str__ and __format__ in print, str(), repr(), format() and
# f-strings with and without a format spec; containers show __repr__.


class Money:
    def __init__(self, amount, currency="EUR"):
        self.amount = amount
        self.currency = currency

    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"

    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"

    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "short":
            return f"{self.amount:g}{self.currency[0]}"
        return format(self.amount, spec) + " " + self.currency


m = Money(12.5)
print(m)
print(str(m), repr(m), format(m), format(m, "short"), format(m, ">10.1f"))
print(f"{m}|{m!r}|{m!s}|{m:short}|{m:08.3f}|{m!s:>14}|")
print([m, Money(3, "USD")], (m,), {"total": m}, {m})
print("total: %s (%r)" % (m, m), "%-12s|" % m, "%(m)s" % {"m": m})
print("{} and {!r} and {:short}".format(m, m, m), "{0.currency} and {0.amount:.1f} {1!s:>3}".format(m, 7))
print("{m.currency}: {m}".format(m=m), "{[0]}".format([m]), "{:>14}|".format(Money(1, "GBP")))
width = 12
print(f"{m:{width}.2f}")


class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


class OnlyStr:
    def __str__(self):
        return "only str"


print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}", [OnlyRepr()])
print(OnlyStr(), f"{OnlyStr()}", str(OnlyStr()), [OnlyStr()][0].__class__.__name__)
print(repr(OnlyStr()).startswith("<__main__.OnlyStr object at 0x"))


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    def __format__(self, spec):
        unit = spec[-1] if spec and spec[-1] in "CF" else "C"
        value = self.celsius if unit == "C" else self.celsius * 9 / 5 + 32
        return f"{value:{spec[:-1] if spec and spec[-1] in 'CF' else spec}}°{unit}"


t = Temperature(21.5)
print(f"{t}", f"{t:.1fF}", f"{t:>8.2fC}", format(t, ".0fF"))


class Child(Money):
    def __repr__(self):
        return "Child(" + super().__repr__() + ")"


print(Child(1), repr(Child(2)), [Child(3)])


class Loud(Exception):
    def __str__(self):
        return "LOUD: " + self.args[0].upper()


try:
    raise Loud("quiet words")
except Loud as e:
    print(e, repr(e.args), str(e))


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as e:
    print(e)
try:
    f"{OnlyRepr():>10}"
except TypeError as e:
    print(e)
f"{BadRepr()!s}"

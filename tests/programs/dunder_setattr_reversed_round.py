# __setattr__ guarding attributes (with super().__setattr__ and
# object.__setattr__), __reversed__ and the sequence fallback of
# reversed(), __round__.


class Frozen:
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        super().__setattr__("y", y)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field {name!r}")

    def __repr__(self):
        return f"Frozen(x={self.x}, y={self.y})"


f = Frozen(1, 2)
print(f)
try:
    f.x = 10
except AttributeError as e:
    print("AttributeError:", e)


class Logged:
    def __setattr__(self, name, value):
        print(f"  set {name} = {value!r}")
        super().__setattr__(name, value)

    def __init__(self):
        self.count = 0


log = Logged()
log.count += 1
log.label = "x"
print(log.count, log.label)


class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]


class Countdown:
    def __init__(self, n):
        self.n = n

    def __reversed__(self):
        return iter(range(1, self.n + 1))

    def __iter__(self):
        return iter(range(self.n, 0, -1))


print(list(reversed(Deck(["A", "K", "Q"]))), list(Countdown(3)), list(reversed(Countdown(3))))


class Price:
    def __init__(self, v):
        self.v = v

    def __round__(self, ndigits=None):
        if ndigits is None:
            return int(self.v + 0.5)
        return Price(round(self.v, ndigits))

    def __repr__(self):
        return f"Price({self.v})"


print(round(Price(2.5)), round(Price(3.14159), 2), round(Price(1.005), ndigits=1))
try:
    round(Deck([]))
except TypeError as e:
    print(e)
try:
    reversed(Price(1))
except TypeError as e:
    print(e)
Frozen.__setattr__(f, "y", 3)

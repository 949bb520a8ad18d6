class Positive:
    """A validating descriptor, as in the descriptor how-to."""

    def __set_name__(self, owner, name):
        print(f"__set_name__ {owner.__name__}.{name}")
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.private[1:]} must be positive, got {value}")
        setattr(obj, self.private, value)


class Constant:
    def __init__(self, value):
        self.value = value

    def __get__(self, obj, objtype=None):
        return f"{self.value} (via {objtype.__name__}, obj={obj is not None})"


class Order:
    quantity = Positive()
    price = Positive()
    currency = Constant("EUR")

    def __init__(self, quantity, price):
        self.quantity = quantity
        self.price = price

    @property
    def total(self):
        return self.quantity * self.price


o = Order(3, 2.5)
print(o.total, vars(o), o.currency)
print(Order.currency, type(Order.quantity).__name__)
o.__dict__["quantity"] = 100
print(o.quantity)
try:
    o.price = -1
except ValueError as e:
    print("ValueError:", e)


class HttpError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status

    def __str__(self):
        return f"[{self.status}] " + super().__str__()


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point" + super().__repr__()[8:13]


print(str(HttpError(404, "missing")), Point(1, 2))


class Strict:
    def __init__(self, value, **extra):
        super().__init__(**extra)
        self.value = value


print(Strict(1).value)
try:
    Strict(1, colour="red")
except TypeError as e:
    print("TypeError:", e)


class Util:
    @staticmethod
    def clamp(x, low=0, high=10):
        return max(low, min(x, high))

    limits = [clamp(v) for v in (-5, 5)] if False else None


print(Util.clamp(42), staticmethod(len)("abc"))
raise HttpError(503, "unavailable")

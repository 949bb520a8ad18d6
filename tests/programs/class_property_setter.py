class Temperature:
    """A temperature in Celsius, validated on assignment."""

    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        """The temperature in degrees Celsius."""
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        print(f"setting celsius to {value}")
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        print("deleting celsius")
        del self._celsius

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit, vars(t))
try:
    t.fahrenheit = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(vars(t), hasattr(t, "celsius"))
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
print(Temperature.celsius.__doc__)
print(type(Temperature.celsius).__name__, isinstance(Temperature.celsius, property))
print(Temperature.fahrenheit.fset, Temperature.celsius.fget.__name__)


class Account:
    def get_balance(self):
        return self._balance

    def set_balance(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError("balance must be a number")
        self._balance = value

    balance = property(get_balance, set_balance, doc="The balance.")
    owner = property(lambda self: "alice")


a = Account()
a.balance = 10
a.balance += 5
print(a.balance, a.owner, Account.balance.__doc__)
try:
    a.owner = "bob"
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.balance = "lots"
except TypeError as e:
    print("TypeError:", e)
setattr(t, "celsius", -300)

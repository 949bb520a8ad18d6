class Account:
    __count = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.__balance = balance
        Account.__count += 1

    def deposit(self, amount):
        self.__check(amount)
        self.__balance += amount
        return self.__balance

    def __check(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")

    @classmethod
    def count(cls):
        return cls.__count

    def __repr__(self):
        return f"Account({self.owner!r}, {self.__balance})"


class Savings(Account):
    def __init__(self, owner):
        super().__init__(owner, 100)
        self.__balance = "shadow"


acc = Account("ada", 10)
print(acc.deposit(5), acc, vars(acc))
s = Savings("bob")
print(s, sorted(vars(s)), Account.count())
print(hasattr(acc, "__balance"), acc._Account__balance, getattr(s, "_Savings__balance"))
print([name for name in ("_Account__check", "_Account__count", "__check") if hasattr(Account, name)])
try:
    acc.__balance
except AttributeError as e:
    print("AttributeError:", e)
try:
    acc.deposit(-1)
except ValueError as e:
    print("ValueError:", e)

# Exception messages decided by user code: a custom exception's __str__,
# and value objects passed as arguments (shown with their __repr__ /
# __str__), in print, str(), repr() and the uncaught traceback's last line.


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def __repr__(self):
        return f"Account({self.owner!r})"

    def __str__(self):
        return f"{self.owner}'s account"


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(account, amount)
        self.account = account
        self.amount = amount

    def __str__(self):
        return f"{self.account} holds {self.account.balance}, cannot withdraw {self.amount}"


def withdraw(account, amount):
    if amount > account.balance:
        raise InsufficientFunds(account, amount)
    account.balance -= amount
    return account.balance


alice = Account("alice", 10)
print(withdraw(alice, 3))
try:
    withdraw(alice, 50)
except InsufficientFunds as e:
    print("error:", e)
    print(repr(e), e.args, str(e) == f"{e}")

accounts = {}
try:
    accounts[alice]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    raise ValueError(alice)
except ValueError as e:
    print(e, [e], e.args)
try:
    raise RuntimeError(alice, 2)
except RuntimeError as e:
    print(e)
withdraw(Account("bob", 1), 5)

class Lazy:
    """Computes missing attributes on first use."""

    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        if name.startswith("x"):
            value = name.upper()
            setattr(self, name, value)
            return value
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")


lazy = Lazy()
print(lazy.real, lazy.xyz, vars(lazy))
print(getattr(lazy, "nope", "default"), hasattr(lazy, "q"), hasattr(lazy, "xq"))
try:
    lazy.other
except AttributeError as e:
    print("AttributeError:", e)


class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"


class JsonMixin:
    def to_dict(self):
        return {"type": type(self).__name__, **vars(self)}


class AppError(ReprMixin, ValueError):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code


class User(ReprMixin, JsonMixin):
    def __init__(self, name, email):
        self.name = name
        self.email = email


u = User("ada", "ada@example.com")
print(u, u.to_dict())
print([c.__name__ for c in User.__mro__])
try:
    raise AppError(404, "not found")
except ValueError as e:
    print(repr(e), e.code, e.args, isinstance(e, ReprMixin), isinstance(e, Exception))
print(issubclass(AppError, (KeyError, ValueError)), issubclass(AppError, LookupError))
print([c.__name__ for c in AppError.__mro__])


def add_greeting(cls):
    class Greeter(cls):
        def hello(self):
            return "hello from " + super().hello()
    Greeter.__name__ = cls.__name__
    return Greeter


@add_greeting
class Robot:
    def hello(self):
        return "robot"


print(Robot().hello(), Robot.__name__, Robot.__qualname__, Robot.__bases__[0].__name__)


class Node:
    __slots__ = ["value", "next"]

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


n = Node(1, Node(2))
print(n.value, n.next.value, n.next.next)
try:
    n.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    Node(3).missing
except AttributeError as e:
    print("AttributeError:", e)

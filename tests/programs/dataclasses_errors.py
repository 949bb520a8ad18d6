# What dataclasses refuses, and the messages it refuses with; a
# __post_init__ validation error escaping through the generated __init__.
from dataclasses import dataclass, field, asdict, astuple, fields, replace, KW_ONLY


def attempt(label, make):
    try:
        result = make()
    except (TypeError, ValueError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {result!r}")


def mutable_default():
    @dataclass
    class Basket:
        items: list = []


def non_default_after_default():
    @dataclass
    class Point:
        x: int = 0
        y: int


def unannotated_field():
    @dataclass
    class Tagged:
        name: str
        tag = field(default="x")


def order_without_eq():
    @dataclass(order=True, eq=False)
    class Ranked:
        rank: int


def both_defaults():
    return field(default=1, default_factory=int)


@dataclass(order=True)
class Task:
    name: str
    priority: int = 0
    log: list = field(default_factory=list, init=False, repr=False)


@dataclass(order=True)
class Other:
    name: str
    priority: int = 0


@dataclass(kw_only=True)
class Request:
    url: str
    method: str = "GET"


@dataclass
class Options:
    name: str
    _: KW_ONLY
    verbose: bool = False
    level: int = 1


@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    parent: "Node | None" = field(default=None, repr=False)


attempt("mutable default", mutable_default)
attempt("non-default", non_default_after_default)
attempt("no annotation", unannotated_field)
attempt("order without eq", order_without_eq)
attempt("both defaults", both_defaults)
attempt("missing", lambda: Task())
attempt("too many", lambda: Task("a", 1, []))
attempt("unknown keyword", lambda: Task("a", colour="red"))
attempt("twice", lambda: Task("a", name="b"))
attempt("other class ==", lambda: Task("a") == Other("a"))
attempt("other class <", lambda: Task("a") < Other("a"))
attempt("other type <", lambda: Task("a") < ("a", 0))
attempt("kw_only positional", lambda: Request("http://x"))
attempt("kw_only", lambda: Request(url="http://x"))
attempt("KW_ONLY", lambda: Options("n", verbose=True))
attempt("KW_ONLY positional", lambda: Options("n", True))
attempt("asdict of a class", lambda: asdict(Task))
attempt("astuple of an int", lambda: astuple(3))
attempt("fields of a str", lambda: fields("Task"))
attempt("replace init=False", lambda: replace(Task("a"), log=[1]))
attempt("replace unknown", lambda: replace(Task("a"), colour=1))
attempt("replace", lambda: replace(Task("a", 2), name="b"))
root = Node("root")
child = Node("child", parent=root)
root.children.append(child)
root.children.append(root)
print(root)
print(asdict(Node('leaf', [Node('a'), Node('b', parent=Node('p'))])))


@dataclass
class Account:
    owner: str
    balance: float = 0.0

    def __post_init__(self):
        if self.balance < 0:
            raise ValueError(f"balance cannot be negative: {self.balance}")


print(Account("ann", 10.0))
Account("bob", -5)

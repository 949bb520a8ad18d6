class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def where_is(point):
    match point:
        case Point(x=0, y=0):
            print("Origin")
        case Point(x=0, y=y):
            print(f"Y={y}")
        case Point(x, 0):
            print(f"X={x}")
        case Point():
            print("Somewhere else")
        case _:
            print("Not a point")


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 2), "hello"]:
    where_is(p)


def describe(value):
    match value:
        case None:
            return "nothing"
        case True | False as b:
            return f"bool {b}"
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case int(n) if n > 100:
            return f"big int {n}"
        case int() | float():
            return f"number {value}"
        case "quit" | "exit":
            return "leaving"
        case str(s):
            return f"string {s!r}"
        case []:
            return "empty sequence"
        case [x]:
            return f"one item {x}"
        case [first, *rest]:
            return f"first {first}, {len(rest)} more: {rest}"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} extra={extra}"
        case {"type": kind}:
            return f"typed {kind}"
        case {}:
            return "some mapping"
        case _:
            return "unknown"


for v in [None, True, False, 0, -1, 1000, 5, 2.5, "quit", "exit", "hi", [], (), [7], (1, 2, 3),
          {"type": "user", "name": "ann", "age": 3}, {"type": "admin"}, {"x": 1}, {1, 2}, range(3)]:
    print(repr(v), "->", describe(v))

command = "go north"
match command.split():
    case [action]:
        print("single", action)
    case [action, obj]:
        print("action", action, "object", obj)
print(action, obj)

match (1, (2, 3)):
    case (a, (b, c) as inner) if a < b:
        print(a, b, c, inner)
match [1, 2, 3, 4, 5]:
    case [first, *_, last]:
        print(first, last)
match {"a": 1}:
    case {"a": 1 | 2 as v, **rest}:
        print(v, rest)

for subject in ["abc", {"a": 1}, {1, 2}, range(2), (1, "x")]:
    match subject:
        case [*items]:
            print(repr(subject), "is a sequence of", items)
        case _:
            print(repr(subject), "is not a sequence for match")

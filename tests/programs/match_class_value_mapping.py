class Color:
    RED = "red"
    GREEN = "green"


def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case _:
            return "wait"


print(paint("red"), paint("green"), paint("blue"))

class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)

class Bad:
    __match_args__ = ["x"]

try:
    match Bad():
        case Bad(1):
            pass
except TypeError as e:
    print("TypeError:", e)

try:
    match Point(1, 2):
        case Point(1, x=1):
            pass
except TypeError as e:
    print("TypeError:", e)

try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)

match Point(1, 2):
    case Point(z=1):
        print("no")
    case Point(y=2, x=x):
        print("kw", x)

match ValueError("boom"):
    case ValueError(args=(msg,)):
        print("error says", msg)

match 1.0:
    case 1:
        print("1.0 == 1")
match True:
    case 1:
        print("True == 1")
match 1:
    case True:
        print("wrong")
    case _:
        print("1 is not True")

def area(shape):
    match shape:
        case {"kind": "circle", "r": r}:
            return 3 * r * r
        case {"kind": "rect", "w": w, "h": h}:
            return w * h
    return None

print(area({"kind": "circle", "r": 2}), area({"kind": "rect", "w": 2, "h": 5, "color": "red"}), area({"kind": "rect"}))
try:
    match Point(3, 4):
        case len():
            pass
except TypeError as e:
    print("TypeError:", e)

try:
    match {"a": 1, "b": 2}:
        case {"a": 1, Color.RED: 2, **rest}:
            print(rest)
except ValueError as e:
    print("never", e)

class Keys:
    A = "a"
    B = "a"

try:
    match {"a": 1, "b": 2}:
        case {Keys.A: 1, Keys.B: 2}:
            print("no")
except ValueError as e:
    print("ValueError:", e)


# Classes extending str, int and float as blog posts write them: a Name
# that is a str with a method of its own, Money with its own __repr__ and
# __add__, a Priority int in a PriorityQueue, a __new__ that normalises the
# value through super().__new__, a Path with `/`. Every str / int / float
# method works on them and returns a plain str / int / float.
import asyncio
import json
import math
from enum import Enum, IntEnum


class Name(str):
    def shout(self):
        return self.upper() + "!"


class Tag(str):
    def __repr__(self):
        return f"Tag({super().__repr__()})"


class Money(float):
    def __repr__(self):
        return f"${float(self):,.2f}"

    def __add__(self, other):
        return Money(float(self) + float(other))

    __radd__ = __add__


class Priority(int):
    def __str__(self):
        return f"P{int(self)}"


class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.strip().upper())


class Percent(float):
    def __new__(cls, value):
        if not 0 <= value <= 100:
            raise ValueError(f"{value} is not a percentage")
        return super().__new__(cls, value)

    def __str__(self):
        return f"{self:.1f}%"


class Path(str):
    def __truediv__(self, other):
        return Path(f"{self}/{other}")


class Color(str, Enum):
    RED = "red"
    BLUE = "blue"


class Level(IntEnum):
    LOW = 1
    HIGH = 2


async def worker(queue, done):
    while not queue.empty():
        prio, job = await queue.get()
        await asyncio.sleep(0.1)
        done.append(f"{job}@{prio}")
        queue.task_done()


async def main():
    n = Name("alice smith")
    print(n, repr(n), n.shout(), n.title(), n.split(), type(n.upper()) is str, type(n.split()[0]).__name__)
    print(n + "!", "dear " + n, n * 2, "%s/%d" % (n, 3), "-".join([n, Name("bob")]), n[0], n[-5:], len(n))
    print(n == "alice smith", n < "bob", "smith" in n, n in "hi alice smith", n.startswith("al"), isinstance(n, str))
    print({n: 1}["alice smith"], {"alice smith": 2}[n], sorted([Name("c"), Name("a"), "b"]), str(n), type(str(n)).__name__)
    print(f"[{n:>14}] [{n!r}] [{n}]", format(n, "^15"), json.dumps({n: n}), hash(n) == hash("alice smith"))
    t = Tag("urgent")
    print(t, repr(t), [t], str(t), f"{t}", t.upper(), t == "urgent")

    price = Money(19.99)
    print(price, [price], price + 5, 5 + price, sum([price, price], Money(0)), type(price + 1).__name__)
    print(price - 10, type(price - 10).__name__, price * 2, -price, abs(Money(-3)), round(price, 1), int(price), float(price))
    print(f"{price:.1f}", f"{price}", "%.3f" % price, math.floor(price), price > 10, price.is_integer(), isinstance(price, float))

    queue = asyncio.PriorityQueue()
    for prio, job in [(Priority(3), "backup"), (Priority(1), "deploy"), (Priority(2), "test")]:
        queue.put_nowait((prio, job))
    done = []
    await asyncio.gather(worker(queue, done), worker(queue, done))
    print(done)
    p = Priority(2)
    print(p, repr(p), p + 1, type(p + 1).__name__, p * 3, p // 2, p % 2, 2 ** p, -p, p.bit_length(), hex(p))
    print(sorted([Priority(5), Priority(2)]), max(Priority(1), Priority(4)), f"{p:03d}", f"{p}", int(p), range(p), [0, 1, 2][p])

    print(Upper("  hello "), repr(Upper("x")), type(Upper("x")).__name__, Percent(42), repr(Percent(42)))
    try:
        Percent(140)
    except ValueError as e:
        print("ValueError:", e)
    root = Path("/srv")
    print(root / "app" / "main.py", type(root / "app").__name__, (root / "x").upper())

    print(Color.RED, repr(Color.RED), Color.RED.value, Color.RED == "red", Color.RED.upper(), f"{Color.BLUE}")
    print(Level.HIGH, repr(Level.HIGH), Level.HIGH > Level.LOW, Level.HIGH == 2, f"{Level.LOW}", Level.HIGH + 1)


asyncio.run(main())

# Annotations in a module and a class body are evaluated in order and kept in
# __annotations__ (CPython 3.11 without `from __future__ import annotations`);
# a function's local annotations are not evaluated at all.
import asyncio
from collections import deque
from typing import ClassVar, Optional

order = []


def note(label):
    order.append(label)
    return label


retries: note("module-level") = 3
timeout: float
limit: int | None = None


class Worker:
    name: note("first") = "w"
    queue: asyncio.Queue[int]
    history: deque[str]
    pending: Optional[asyncio.Task] = None
    count: ClassVar[int] = 0
    __secret: int = 1
    parent: "Worker | None" = None
    total: note("second")

    def run(self):
        local: undefined_name = 5
        return local


print(order)
print(list(__annotations__), __annotations__["retries"], __annotations__["limit"])
print(list(Worker.__annotations__))
print(Worker.__annotations__["parent"], Worker.__annotations__["count"], Worker.__annotations__["pending"])
print(Worker().run(), Worker.name, hasattr(Worker, "total"), Worker._Worker__secret)
print(int | None, str | int | None, Worker | None, isinstance(3, int | str), isinstance(None, int | None))


class Empty:
    pass


print(hasattr(Empty, "__annotations__"))
try:
    None | None
except TypeError as e:
    print(e)


class Broken:
    ok: int = 1
    bad: missing_type = 2

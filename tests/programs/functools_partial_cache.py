# functools around asyncio: partial with call_later / call_soon and
# run_in_executor, an lru_cache'd helper, reduce, wraps, cmp_to_key.
import asyncio
import functools
import time
from functools import lru_cache, partial, reduce


def report(label, value, *, unit="s"):
    print(f"{label}: {value}{unit}")


def blocking_io(name, seconds):
    time.sleep(seconds)
    return f"{name} done after {seconds}s"


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


fib = lru_cache(maxsize=None)(fib)


def square(n):
    print(f"computing {n}^2")
    return n * n


square = functools.lru_cache(maxsize=2)(square)


def timed(func):
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}")
        return func(*args, **kwargs)
    return functools.wraps(func)(wrapper)


def greet(name):
    return f"hello {name}"


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.5, partial(report, "timer", 0.5))
    loop.call_soon(partial(report, "soon", 0, unit="!"))
    result = await loop.run_in_executor(None, functools.partial(blocking_io, "disk", 1))
    print(result, loop.time())
    p = partial(report, "x", unit="ms")
    print(p.func is report, p.args, p.keywords)
    p(42)
    print(partial(print, "x"), partial(partial(print, "a"), 1), partial(partial(report, "a"), 1).args)
    print(fib(30), fib.cache_info())
    print([square(n) for n in (2, 3, 2, 4, 2)], square.cache_info())
    square.cache_clear()
    print(square.cache_info(), square.__name__, square.__wrapped__(5))
    print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], "empty"))
    g = timed(greet)
    print(g("ann"), g.__name__, g.__wrapped__ is greet)
    by_len = functools.cmp_to_key(lambda a, b: len(a) - len(b))
    print(sorted(["ccc", "a", "bb", "dd"], key=by_len), sorted(["ccc", "a", "bb"], key=by_len, reverse=True))
    for bad in (lambda: reduce(lambda a, b: a + b, []), lambda: partial(), lambda: partial(5), lambda: fib([1])):
        try:
            bad()
        except TypeError as e:
            print("TypeError", e)


asyncio.run(main())

import asyncio, functools, time
def timed(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return await fn(*args, **kwargs)
        finally:
            print(f"{fn.__name__} took {time.perf_counter() - start:.2f}s")
    return wrapper
@timed
async def work(n):
    """Sleeps n seconds."""
    await asyncio.sleep(n)
    return n
work.calls = 0
def outer(f):
    @functools.wraps(f)
    def inner(*a):
        return f(*a)
    return inner
@outer
def add(a, b):
    return a + b
add.tag = "x"
twice = outer(add)
async def main():
    print(await asyncio.gather(work(0.5), work(0.2)))
    print(work.__name__, work.__qualname__, work.__doc__, work.__module__, work.__wrapped__.__name__, asyncio.iscoroutinefunction(work))
    print(twice(1, 2), twice.__name__, twice.tag, twice.__wrapped__ is add, twice.__wrapped__.__wrapped__.__name__, sorted(twice.__dict__))
    p = functools.update_wrapper(lambda: 1, add)
    print(p.__name__, p() , p.__wrapped__ is add)
asyncio.run(main())

import asyncio
import time


def timed(func):
    """Print how long the coroutine took on the loop's clock."""
    async def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = await func(*args, **kwargs)
        elapsed = time.perf_counter() - start
        print(f"{func.__name__} took {elapsed:.2f}s")
        return result
    wrapper.__name__ = func.__name__
    wrapper.__qualname__ = func.__qualname__
    wrapper.__doc__ = func.__doc__
    wrapper.__wrapped__ = func
    return wrapper


@timed
async def fetch(name, delay=1.0):
    """Pretend to fetch something."""
    await asyncio.sleep(delay)
    return f"{name} done"


@timed
async def main():
    results = await asyncio.gather(fetch("a", 1), fetch("b", delay=2), fetch("c", 0.5))
    print(results)
    print(fetch.__name__, "-", fetch.__doc__)
    print(fetch.__wrapped__.__name__, fetch.__wrapped__.__qualname__)
    print(fetch.__module__, main.__qualname__)
    print(asyncio.iscoroutinefunction(fetch.__wrapped__))
    task = asyncio.create_task(fetch("d", 0.1))
    print(await task)
    tasks = [asyncio.create_task(fetch(n, 0.2 * i)) for i, n in enumerate("xyz")]
    done, _ = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done))


asyncio.run(main())

import asyncio


def retry(times, exceptions=(ConnectionError,)):
    def decorator(func):
        async def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return await func(*args, **kwargs)
                except exceptions as e:
                    print(f"attempt {attempt}/{times} of {func.__name__} failed: {e!r}")
                    last = e
                await asyncio.sleep(0.1 * attempt)
            print("giving up on", func.__name__)
            raise last
        wrapper.__name__ = func.__name__
        return wrapper
    return decorator


calls = {"flaky": 0}


@retry(3)
async def flaky(x):
    calls["flaky"] += 1
    if calls["flaky"] < 3:
        raise ConnectionError(f"try {calls['flaky']}")
    return x * 2


@retry(times=2, exceptions=(ValueError, KeyError))
async def always_fails():
    raise ValueError("nope")


async def main():
    loop = asyncio.get_running_loop()
    print(await flaky(21), calls, loop.time())
    try:
        await always_fails()
    except ValueError as e:
        print("gave up:", e, round(loop.time(), 2))
    try:
        await always_fails("unexpected")
    except TypeError as e:
        print(type(e).__name__, e)


asyncio.run(main())

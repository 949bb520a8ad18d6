import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("empty:", e)
    a = asyncio.create_task(job("a", 1))
    w = asyncio.wait([a, a, a])
    result = await w
    print(type(result).__name__, [type(s).__name__ for s in result], [len(s) for s in result], loop.time())
    try:
        await w
    except RuntimeError as e:
        print("again:", e)
    b = asyncio.create_task(job("b", 2, fail=True))
    c = asyncio.create_task(job("c", 3))
    done, pending = await asyncio.wait({b, c}, timeout=0.5)
    print("timeout:", len(done), len(pending), loop.time())
    done, pending = await asyncio.wait([c, b], return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", [str(t.exception()) for t in done], len(pending), loop.time())
    done, pending = await asyncio.wait([c], timeout=5)
    print("all:", [t.result() for t in done], len(pending), loop.time())


asyncio.run(main())

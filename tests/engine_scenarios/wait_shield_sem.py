import asyncio


async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(name)
    print(name, "finished", asyncio.get_running_loop().time())
    return name


async def limited(n, sem):
    async with sem:
        print(n, "in", asyncio.get_running_loop().time())
        await asyncio.sleep(1)


async def main():
    t = asyncio.get_running_loop().time
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(limited(n, sem) for n in "abcd"))
    a = asyncio.create_task(job("a", 1))
    b = asyncio.create_task(job("b", 2))
    c = asyncio.create_task(job("c", 3))
    done, pending = await asyncio.wait([a, b, c], return_when=asyncio.FIRST_COMPLETED)
    print("first", len(done), len(pending), t())
    done, pending = await asyncio.wait([b, c], timeout=0.5)
    print("timeout", len(done), len(pending), t())
    d = asyncio.create_task(job("d", 1, fail=True))
    done, pending = await asyncio.wait([c, d], return_when=asyncio.FIRST_EXCEPTION)
    print("first_exception", len(done), len(pending), t())
    d.exception()
    try:
        await asyncio.wait_for(job("slow", 5), timeout=1)
    except asyncio.TimeoutError:
        print("wait_for timeout", t())
    r = await asyncio.wait_for(job("fast", 1), timeout=2)
    print("wait_for ok", r, t())
    inner = asyncio.create_task(job("shielded", 2))
    outer = asyncio.shield(inner)

    async def cancel_soon():
        await asyncio.sleep(1)
        outer.cancel()

    asyncio.create_task(cancel_soon())
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", t())
    print("inner", await inner, t())


asyncio.run(main())

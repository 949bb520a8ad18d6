import asyncio


async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(name)
    print(name, "finished", asyncio.get_running_loop().time())
    return name


async def main():
    t = asyncio.get_running_loop().time
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(type(e).__name__, e)
    # FIRST_EXCEPTION looks at a failed future while others are pending:
    # looking marks its exception retrieved.
    a = asyncio.create_task(job("a", 1, fail=True))
    b = asyncio.create_task(job("b", 2))
    done, pending = await asyncio.wait([a, b, a], return_when=asyncio.FIRST_EXCEPTION)
    print("first_exception", len(done), len(pending), t())
    # The last future settles the count before the exception is looked at.
    e = asyncio.create_task(job("e", 0.5, fail=True))
    done, pending = await asyncio.wait([e], return_when=asyncio.FIRST_EXCEPTION)
    print("first_exception alone", len(done), len(pending), t())
    # FIRST_COMPLETED never looks.
    c = asyncio.create_task(job("c", 0.25, fail=True))
    done, pending = await asyncio.wait([b, c], return_when=asyncio.FIRST_COMPLETED)
    print("first_completed", len(done), len(pending), t())
    # A timeout releases the waiter; the callbacks are removed.
    done, pending = await asyncio.wait([b], timeout=0.125)
    print("timeout", len(done), len(pending), t())
    done, pending = await asyncio.wait([b], timeout=10)
    print("all", len(done), len(pending), t())
    await asyncio.sleep(10)
    print("unretrieved", *sorted(n for n, x in (("a", a), ("c", c), ("e", e)) if x._log_traceback))
    for x in (a, c, e):
        x.exception()


asyncio.run(main())

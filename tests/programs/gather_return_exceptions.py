import asyncio


async def ok(n):
    await asyncio.sleep(n / 10)
    return n * 2


async def boom(n):
    await asyncio.sleep(n / 10)
    raise ValueError(f"boom {n}")


async def main():
    results = await asyncio.gather(ok(1), boom(2), ok(3), return_exceptions=True)
    print([repr(r) for r in results])
    try:
        await asyncio.gather(ok(1), boom(2))
    except ValueError as e:
        print("gather raised", e)
    print("done")


asyncio.run(main())

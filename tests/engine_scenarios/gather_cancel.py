import asyncio


async def worker(name, d):
    print(name, "start", asyncio.get_running_loop().time())
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        print(name, "caught CancelledError")
        raise
    print(name, "end", asyncio.get_running_loop().time())
    return name


async def main():
    r = await asyncio.gather(worker("a", 2), worker("b", 1), worker("c", 0))
    print("gather", r)
    x = asyncio.create_task(worker("x", 5))
    await asyncio.sleep(1)
    x.cancel()
    r = await asyncio.gather(x, return_exceptions=True)
    print("cancelled gather", r)


asyncio.run(main())

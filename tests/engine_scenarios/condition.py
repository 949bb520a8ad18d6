import asyncio


async def consumer(n, cond, items):
    async with cond:
        while not items:
            await cond.wait()
        print(n, "got", items.pop(0), asyncio.get_running_loop().time())


async def main():
    cond = asyncio.Condition()
    items = []
    ts = [asyncio.create_task(consumer(n, cond, items)) for n in ("c1", "c2", "c3")]
    await asyncio.sleep(1)
    async with cond:
        items.append(1)
        cond.notify()
    await asyncio.sleep(1)
    async with cond:
        items.extend([2, 3])
        cond.notify_all()
    await asyncio.gather(*ts)
    print("done", asyncio.get_running_loop().time())


asyncio.run(main())

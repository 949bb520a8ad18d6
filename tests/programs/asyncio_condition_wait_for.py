import asyncio
async def main():
    cond = asyncio.Condition()
    items = []
    async def consumer(name):
        async with cond:
            got = await cond.wait_for(lambda: len(items) >= 2)
            print(name, "sees", items, got)
            items.pop()
    async def producer():
        for i in range(4):
            await asyncio.sleep(0.5)
            async with cond:
                items.append(i)
                print("put", i)
                cond.notify_all()
    await asyncio.gather(consumer("a"), consumer("b"), producer())
    async with cond:
        print(await cond.wait_for(lambda: "ready"))
    c2 = asyncio.Condition()
    async def waiter():
        async with c2:
            await c2.wait_for(lambda: False)
    t = asyncio.create_task(waiter())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", c2.locked())
asyncio.run(main())

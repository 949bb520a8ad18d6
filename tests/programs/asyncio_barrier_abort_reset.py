import asyncio
async def main():
    b = asyncio.Barrier(3)
    async def w(i):
        try:
            async with b as pos:
                print(i, "got", pos)
        except asyncio.BrokenBarrierError as e:
            print(i, "broken", repr(e))
    t1 = asyncio.create_task(w(1)); t2 = asyncio.create_task(w(2))
    await asyncio.sleep(1)
    print(b)
    await b.abort()
    await asyncio.gather(t1, t2)
    print(b, b.broken)
    await b.reset()
    print(b)
    t3 = asyncio.create_task(w(3))
    await asyncio.sleep(0.5)
    await b.reset()
    await t3
    t4 = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    t4.cancel()
    try:
        await t4
    except asyncio.CancelledError:
        print("cancelled", b)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print(e)
asyncio.run(main())

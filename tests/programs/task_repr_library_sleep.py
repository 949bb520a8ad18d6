# A task made straight from asyncio.sleep(...): its repr shows the line of
# asyncio's own tasks.py its coroutine is at, as it starts, waits, gives way
# once (sleep(0)) and finishes, or when it is cancelled.
import asyncio


async def main():
    nap = asyncio.ensure_future(asyncio.sleep(1, result="rested"))
    print(nap)
    await asyncio.sleep(0)
    print(nap)
    tick = asyncio.ensure_future(asyncio.sleep(0))
    print(tick)
    await asyncio.sleep(0)
    print(tick)
    await tick
    print(tick)
    print(await nap)
    print(nap)
    doomed = asyncio.ensure_future(asyncio.sleep(5))
    await asyncio.sleep(0)
    doomed.cancel()
    await asyncio.sleep(0)
    print(doomed)


asyncio.run(main())

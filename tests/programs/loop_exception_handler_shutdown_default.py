# What the default exception handler logs while asyncio.run shuts down: a
# task that fails when cancelled, and an async generator whose cleanup fails.
import asyncio

unfinished = []


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise ValueError("refused to stop")


async def ticker():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0.1)
    finally:
        raise KeyError("cleanup failed")


async def main():
    asyncio.create_task(stubborn())
    gen = ticker()
    unfinished.append(gen)
    async for v in gen:
        print("tick", v)
        if v == 1:
            break
    print("main returns")


asyncio.run(main())
print("done")

# Asynchronous generator expressions are allowed at module level (they are
# only iterated inside the event loop).
import asyncio

async def agen():
    for i in range(3):
        await asyncio.sleep(0.1)
        yield i

doubled = (x * 2 async for x in agen())
awaited = (await asyncio.sleep(0.1, x) for x in "ab")

async def main():
    print([x async for x in doubled])
    print([x async for x in awaited])

asyncio.run(main())

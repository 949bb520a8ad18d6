import asyncio


async def ticker(interval):
    """An async generator: yields a tick number every `interval` seconds."""
    n = 0
    try:
        while True:
            await asyncio.sleep(interval)
            n += 1
            yield n
    finally:
        print(f"ticker stopped after {n} ticks")


async def chatter():
    for word in ["tasks", "keep", "running", "meanwhile"]:
        await asyncio.sleep(0.7)
        print(f"  chatter: {word}")


async def main():
    other = asyncio.create_task(chatter())
    async for tick in ticker(0.5):
        print(f"tick {tick} at {asyncio.get_running_loop().time():.1f}")
        if tick == 5:
            break
    print("left the async for")
    await other
    first_three = []
    async for t in ticker(0.2):
        first_three.append(t)
        if len(first_three) == 3:
            break
    print("first three:", first_three)


asyncio.run(main())

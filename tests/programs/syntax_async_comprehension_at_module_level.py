async def ticks():
    yield 1

values = [[t async for t in ticks()] for _ in range(2)]

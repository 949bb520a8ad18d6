async def f():
    await = 3

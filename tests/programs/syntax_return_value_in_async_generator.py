async def pages():
    yield 1
    return 2

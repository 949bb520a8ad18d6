async def ticks():
    yield 1


def main():
    return {t: t * 2 async for t in ticks()}

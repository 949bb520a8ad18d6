async def main(xs):
    return [(lambda: await x)() for x in xs]

async def main(xs):
    return [x async for x in xs]

# An exception raised inside an async generator propagates through the
# `async for` that consumes it: the traceback shows the `async for` line,
# then the generator's. The coroutine is driven by hand (no event loop).


async def rows():
    yield "header"
    yield "row 1"
    raise ValueError("bad row")


async def main():
    async for r in rows():
        print(r)


main().send(None)

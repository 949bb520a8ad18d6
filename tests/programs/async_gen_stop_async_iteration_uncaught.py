# anext() without a default on an exhausted async generator raises
# StopAsyncIteration; here nothing catches it.


async def one_shot():
    yield "only value"


async def main():
    gen = one_shot()
    print(await anext(gen))
    await anext(gen)


main().send(None)

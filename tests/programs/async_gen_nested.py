# An async generator consuming another with async for, catching the
# exception the inner one raises; throw() into a generator that never started.
import asyncio

async def inner(n):
    for i in range(n):
        await asyncio.sleep(0.1)
        yield i
    raise KeyError("inner done")

async def outer():
    try:
        async for x in inner(3):
            yield x * 2
    except KeyError as e:
        yield f"caught {e}"

def g():
    yield 1

async def main():
    print([v async for v in outer()])
    gen = g()
    try:
        gen.throw(ValueError("early"))
    except ValueError as e:
        print("ValueError", e)
    print(next(gen, "gen finished"))
    print(asyncio.get_running_loop().time())

asyncio.run(main())

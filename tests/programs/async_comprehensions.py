# Async comprehensions: `async for` in list / set / dict comprehensions and
# generator expressions, and `await` inside comprehensions.
import asyncio


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0.1)
        yield i


async def square(x):
    await asyncio.sleep(0.1)
    return x * x


async def main():
    loop = asyncio.get_running_loop()
    print([x async for x in numbers(4)])
    print({x % 2 async for x in numbers(5)})
    print({x: x * 10 async for x in numbers(3)})
    print([x async for x in numbers(6) if x % 2 == 0])
    print(f"t={loop.time():.1f}")

    # await inside an ordinary comprehension makes it asynchronous
    print([await square(x) for x in range(4)])
    print({x: await square(x) for x in [1, 2]})
    print([x for x in range(6) if await square(x) > 4])
    print(f"t={loop.time():.1f}")

    # an asynchronous generator expression, consumed with async for
    gen = (await square(x) for x in range(3))
    print(type(gen).__name__)
    async for v in gen:
        print("got", v)
    squares = (x * x async for x in numbers(3))
    print([s async for s in squares])

    # nested: the inner comprehension is asynchronous, so is the outer
    print([[y async for y in numbers(n)] for n in range(3)])
    print([(x, y) async for x in numbers(2) for y in "ab"])
    print([(x, y) for x in "ab" async for y in numbers(2)])
    print(f"t={loop.time():.1f}")


asyncio.run(main())

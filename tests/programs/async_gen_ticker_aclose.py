# An async generator ticker, closed early with aclose(): its finally runs.
import asyncio


async def ticker(delay, to):
    """Yield numbers from 0 to `to` every `delay` seconds."""
    try:
        for i in range(to):
            yield i
            await asyncio.sleep(delay)
    finally:
        print(f"ticker closed at {asyncio.get_running_loop().time():.1f}")


async def main():
    t = ticker(0.5, 10)
    print(repr(t).split(" at ")[0] + ">")
    async for i in t:
        print("tick", i)
        if i == 2:
            break
    await t.aclose()
    print("after aclose")
    # aclose() again, and on a finished generator, does nothing.
    await t.aclose()
    try:
        await t.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")

    # aclose() on a generator that never started: nothing runs.
    fresh = ticker(1, 1)
    await fresh.aclose()
    print(await anext(fresh, "fresh is closed"))


asyncio.run(main())

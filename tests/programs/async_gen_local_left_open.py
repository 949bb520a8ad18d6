# An async generator that main leaves suspended in a local variable: when
# main returns, the generator is dropped, the loop's finalizer schedules its
# aclose(), and asyncio.run's shutdown cancels that task, which still runs
# the generator's finally block.
import asyncio


async def ticker(delay):
    n = 0
    try:
        while True:
            yield n
            n += 1
            await asyncio.sleep(delay)
    finally:
        print("ticker finally, n =", n)


async def main():
    t = ticker(0.5)
    print(await anext(t))
    print(await anext(t))
    print("main returns")
    return "result"


print(asyncio.run(main()))

import asyncio
import time


async def fetch(name, delay):
    await asyncio.sleep(delay)  # stands in for a network request
    return f"{name} after {delay}s"


async def main():
    start = time.perf_counter()
    for name in ["a", "b", "c"]:
        print(await fetch(name, 1))
    print(f"one after another: {time.perf_counter() - start:.1f}s")

    start = time.perf_counter()
    results = await asyncio.gather(fetch("a", 1), fetch("b", 1), fetch("c", 1))
    print(results)
    print(f"together with gather: {time.perf_counter() - start:.1f}s")


asyncio.run(main())

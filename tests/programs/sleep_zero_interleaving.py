import asyncio
import time


async def worker(name, steps):
    for i in range(steps):
        print(f"{name} step {i} at {time.monotonic():.1f}")
        await asyncio.sleep(0)
    return name


async def main():
    t1 = asyncio.create_task(worker("A", 3))
    t2 = asyncio.create_task(worker("B", 2))
    print("tasks created")
    r = await asyncio.gather(t1, t2)
    print(r, t1.done(), t1.result(), t2.get_name())
    await asyncio.sleep(1.5)
    print("slept until", time.monotonic())


asyncio.run(main())

import asyncio
import time


def blocking_io(name, seconds):
    print(f"start {name} at {time.time():.1f}")
    time.sleep(seconds)
    print(f"{name} complete at {time.time():.1f}")
    return name.upper()


async def main():
    print(f"started main at {time.time():.1f}")
    results = await asyncio.gather(
        asyncio.to_thread(blocking_io, "io", 1),
        asyncio.sleep(1, result="slept"),
        asyncio.to_thread(blocking_io, "io2", 0.5),
    )
    print(results, f"finished main at {time.time():.1f}")
    print(await asyncio.to_thread(sum, [1, 2, 3]))
    print([t.get_name() for t in asyncio.all_tasks()])


asyncio.run(main())

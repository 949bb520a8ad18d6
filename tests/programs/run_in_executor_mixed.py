import asyncio
import threading
import time


def blocking(name, seconds):
    time.sleep(seconds)
    print(f"{time.perf_counter():.1f} {name} done in {threading.current_thread().name}")
    return name.upper()


async def ticker():
    for i in range(4):
        print(f"{time.perf_counter():.1f} tick {i}")
        await asyncio.sleep(0.5)


async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(
        loop.run_in_executor(None, blocking, "a", 1),
        loop.run_in_executor(None, blocking, "b", 0.7),
        ticker(),
    )
    print(results)
    time.sleep(0.2)
    print(await loop.run_in_executor(None, blocking, "c", 0.1))


asyncio.run(main())
print("end", time.perf_counter())

import asyncio
import time


def blocking_io(seconds):
    time.sleep(seconds)  # blocks the thread it runs on
    return seconds


async def heartbeat():
    for _ in range(6):
        print(f"  heartbeat at {time.monotonic():.1f}s")
        await asyncio.sleep(0.5)


async def main():
    beat = asyncio.create_task(heartbeat())
    await asyncio.sleep(0)
    print("time.sleep(1) on the loop: the heartbeat stalls")
    blocking_io(1)
    print("run_in_executor: the heartbeat goes on")
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, blocking_io, 1)
    await beat


asyncio.run(main())

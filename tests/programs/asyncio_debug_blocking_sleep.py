# Debug mode catches a coroutine that blocks the event loop: time.sleep()
# instead of await asyncio.sleep() holds the whole loop for two seconds.
import asyncio
import time


async def fetch(name, delay):
    print(f"{name}: start")
    await asyncio.sleep(delay)
    print(f"{name}: done")
    return name


async def blocking_job():
    print("blocking: start")
    time.sleep(2)  # oops: blocks the loop
    print("blocking: done")


async def main():
    loop = asyncio.get_running_loop()
    print("debug mode:", loop.get_debug())
    print("threshold:", loop.slow_callback_duration)
    results = await asyncio.gather(fetch("a", 0.5), blocking_job(), fetch("b", 0.1))
    print(results)
    print(f"finished at {loop.time():.1f}")


asyncio.run(main(), debug=True)

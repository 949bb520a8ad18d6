# loop.set_debug(True) switches debug mode on while the loop runs: only the
# steps that start after it are timed, and only futures and tasks made after
# it remember where they were made.
import asyncio
import time


async def worker(n):
    time.sleep(0.3)
    await asyncio.sleep(0.1)
    time.sleep(0.05)
    return n * 2


async def main():
    loop = asyncio.get_running_loop()
    print("before:", loop.get_debug())
    time.sleep(1)  # not timed: debug mode is off
    loop.set_debug(True)
    print("after:", loop.get_debug())
    task = asyncio.create_task(worker(21))
    print(repr(task))
    print(await task)
    loop.set_debug(False)
    print("off again:", loop.get_debug())
    time.sleep(1)  # timed: this step began in debug mode
    await asyncio.sleep(0)
    time.sleep(1)  # not timed


asyncio.run(main())

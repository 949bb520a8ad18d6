# A blocking time.sleep on the loop, then a blocking job in the default
# executor, and an exception that escapes asyncio.run.
import asyncio
import time


def block(seconds):
    time.sleep(seconds)
    return seconds


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, 'soon')
    loop.call_later(0.2, print, 'later')
    time.sleep(0.1)
    print(await loop.run_in_executor(None, block, 1))
    raise ValueError("boom")

asyncio.run(main())

# A slow plain callback (call_soon, call_later, call_at) is reported too,
# with the handle's repr and where it was scheduled.
import asyncio
import time


def crunch(label, seconds):
    print("crunching", label)
    time.sleep(seconds)


def quick():
    print("quick callback")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(crunch, "soon", 0.25)
    loop.call_soon(quick)
    loop.call_later(1, crunch, "later", 0.5)
    loop.call_at(loop.time() + 2, crunch, "at", 0.05)
    await asyncio.sleep(3)
    print("done at", loop.time())


asyncio.run(main(), debug=True)

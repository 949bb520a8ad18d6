# In debug mode an exception in a callback is reported with where the
# callback was scheduled (the handle's source traceback).
import asyncio


def parse(text):
    return int(text)


def on_tick(n):
    print("tick", n)
    if n == 2:
        raise RuntimeError(f"tick {n} failed")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(parse, "forty-two")
    for n in range(1, 4):
        loop.call_later(n / 10, on_tick, n)
    loop.call_soon_threadsafe(parse, "x")
    await asyncio.sleep(1)
    print("main done")


asyncio.run(main(), debug=True)

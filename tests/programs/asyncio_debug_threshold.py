# slow_callback_duration sets how long a step may take before debug mode
# complains; asyncio.Runner(debug=True) turns debug mode on too.
import asyncio
import time


async def step(name, seconds):
    time.sleep(seconds)
    await asyncio.sleep(0)
    return name


async def main():
    loop = asyncio.get_running_loop()
    loop.slow_callback_duration = 0.5
    print("threshold now", loop.slow_callback_duration)
    print(loop)
    names = await asyncio.gather(step("short", 0.3), step("long", 0.75), step("edge", 0.5))
    print(names)


with asyncio.Runner(debug=True) as runner:
    runner.run(main())
    print("debug:", runner.get_loop().get_debug())

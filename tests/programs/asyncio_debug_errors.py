# Mistakes with the debug-mode API raise as CPython does.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.set_debug()
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.get_debug(True)
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.set_debug(True, False)
    except TypeError as e:
        print("TypeError:", e)
    loop.slow_callback_duration = 1
    print("stored", repr(loop.slow_callback_duration))
    loop.slow_callback_duration = 0.25
    print("stored", repr(loop.slow_callback_duration))


asyncio.run(main())
asyncio.run(main, debug=True, verbose=True)

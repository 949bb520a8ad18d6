import asyncio


def say(what):
    loop = asyncio.get_running_loop()
    print(f"{loop.time():.1f}s  {what}")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.2, say, "call_later(0.2) fires")
    loop.call_later(0.1, say, "call_later(0.1) fires first: timers go by deadline")
    loop.call_soon(say, "call_soon #1 runs on the next loop iteration")
    loop.call_soon(say, "call_soon #2 runs right after #1: the ready queue is FIFO")
    say("main() keeps running: nothing scheduled has run yet")
    await asyncio.sleep(0.3)
    say("main() wakes up after 0.3 s")


asyncio.run(main())

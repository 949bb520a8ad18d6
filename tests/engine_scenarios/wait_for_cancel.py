import asyncio


async def inner(n, d):
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        print(n, "caught CancelledError")
        raise
    return n


async def outer():
    try:
        await asyncio.wait_for(inner("i1", 10), 5)
    except asyncio.CancelledError:
        print("outer caught CancelledError")
        raise


async def main():
    loop = asyncio.get_running_loop()
    count = [0]
    orig = loop._run_once

    def ro():
        count[0] += 1
        orig()

    loop._run_once = ro
    o = asyncio.create_task(outer())
    await asyncio.sleep(1)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("o cancelled", o.cancelled(), count[0], loop.time())
    try:
        await asyncio.wait_for(inner("i2", 1), 0)
    except asyncio.TimeoutError:
        print("timeout0", count[0], loop.time())
    print("cancelling", asyncio.current_task().cancelling())


asyncio.run(main())

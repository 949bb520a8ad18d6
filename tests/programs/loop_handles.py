import asyncio


async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_soon(print, "soon")
    h2 = loop.call_later(1, print, "later, cancelled")
    h3 = loop.call_at(loop.time() + 2, print, "at 2")
    print(type(h1).__name__, type(h2).__name__, h2.when(), h3.when())
    print(h1.cancelled(), h2.cancelled())
    h2.cancel()
    h2.cancel()
    print(h2.cancelled())
    await asyncio.sleep(3)
    h1.cancel()
    print(h1.cancelled())


asyncio.run(main())

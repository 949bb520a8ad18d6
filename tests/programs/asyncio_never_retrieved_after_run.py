# A failed task that a module-level list still holds when asyncio.run()
# returns is not reported when the loop closes: CPython reports it when the
# list lets go of it, after the loop has closed.
import asyncio

background = []


async def sync_feed(name):
    await asyncio.sleep(0.1)
    raise ConnectionError(f"{name}: connection reset")


async def main():
    for name in ("prices", "orders"):
        background.append(asyncio.create_task(sync_feed(name)))
    await asyncio.sleep(0.5)
    print("main is done; feeds done:", [t.done() for t in background])


asyncio.run(main())
print("asyncio.run returned")
background.clear()
print("background cleared")

import asyncio
from contextlib import AsyncExitStack


async def release(name):
    await asyncio.sleep(0.1)
    raise OSError(f"could not release {name}")


async def main():
    async with AsyncExitStack() as stack:
        stack.push_async_callback(release, "socket")
        stack.callback(print, "sync cleanup first")
        await asyncio.sleep(0.2)
        raise TimeoutError("request timed out")


asyncio.run(main())

import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def retrying():
    try:
        yield
    except ConnectionError as e:
        await asyncio.sleep(0.1)
        raise RuntimeError("gave up") from e


async def main():
    async with retrying():
        await asyncio.sleep(0.2)
        raise ConnectionError("reset by peer")


asyncio.run(main())

import asyncio


async def main():
    async with asyncio.Lock(), asyncio.Lock():
        pass

asyncio.run(main())

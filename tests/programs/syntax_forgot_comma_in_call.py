import asyncio


async def main():
    await asyncio.gather(
        asyncio.sleep(0.1)
        asyncio.sleep(0.2),
    )

asyncio.run(main())

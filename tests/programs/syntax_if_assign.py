import asyncio


async def main():
    count = await asyncio.sleep(0.1, 3)
    if count = 3:
        print("three")

asyncio.run(main())

import asyncio


async def main():
    print("going to sleep")
    await asyncio.sleep(1e300)
    print("never printed")


asyncio.run(main())

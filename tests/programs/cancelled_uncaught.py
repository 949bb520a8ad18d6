import asyncio


async def sleeper():
    await asyncio.sleep(10)


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(1)
    t.cancel()
    print("cancel requested")
    await t


asyncio.run(main())

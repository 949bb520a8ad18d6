import asyncio


async def work():
    await asyncio.sleep(1)
    raise ValueError("failed")


async def main():
    t = asyncio.create_task(work())
    try:
        await t
    except ValueError as e:
        print("first:", e)
    await t


asyncio.run(main())

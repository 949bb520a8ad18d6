import asyncio

async def main():
    print(asyncio.current_task().get_name())
    await asyncio.sleep(0.5)
    t = asyncio.create_task(asyncio.sleep(0.1))
    print(t.get_name())
    await t

asyncio.run(main())
asyncio.run(main())

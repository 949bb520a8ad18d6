import asyncio

async def main():
    n = 0
    while True:
        await asyncio.sleep(1)
        n += 1

asyncio.run(main())

import asyncio


async def main():
    try:
        await asyncio.sleep(0.1)
    else:
        print("done")

asyncio.run(main())

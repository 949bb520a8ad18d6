import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(float("inf"), print, "never printed")
    await asyncio.sleep(float("inf"))


asyncio.run(main())

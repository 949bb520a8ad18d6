import asyncio

limit = asyncio.Semaphore(2)


async def download(n):
    async with limit:
        loop = asyncio.get_running_loop()
        print(f"{loop.time():.0f}s  start {n}")
        await asyncio.sleep(1)
        print(f"{loop.time():.0f}s  end   {n}")


async def main():
    await asyncio.gather(*(download(n) for n in range(5)))


asyncio.run(main())

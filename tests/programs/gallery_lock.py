import asyncio

lock = asyncio.Lock()


async def worker(name):
    print(f"{name} wants the lock")
    async with lock:
        print(f"{name} has the lock")
        await asyncio.sleep(1)
    print(f"{name} released it")


async def main():
    await asyncio.gather(worker("A"), worker("B"), worker("C"))
    print(f"done at {asyncio.get_running_loop().time():.0f}s: one at a time")


asyncio.run(main())

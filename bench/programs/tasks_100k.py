# 100,000 tasks created with create_task and collected with gather.
import asyncio


async def work(i):
    await asyncio.sleep(i % 10 / 100)
    return i * 2


async def main():
    tasks = [asyncio.create_task(work(i)) for i in range(100000)]
    results = await asyncio.gather(*tasks)
    print(len(results), sum(results))


asyncio.run(main())

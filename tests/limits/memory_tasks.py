import asyncio


async def handle(request):
    await asyncio.sleep(1)
    return len(request)


async def main():
    # A million tasks, each holding its own list.
    tasks = [asyncio.create_task(handle([i] * 10)) for i in range(10**6)]
    results = await asyncio.gather(*tasks)
    print(sum(results))


asyncio.run(main())

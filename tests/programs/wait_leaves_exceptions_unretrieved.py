import asyncio

async def boom(n):
    await asyncio.sleep(n)
    if n:
        raise KeyError(n)
    return n

async def main():
    tasks = [asyncio.create_task(boom(i / 10)) for i in range(2)]
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending))
    print(tasks[0].result())

asyncio.run(main())
print("after")

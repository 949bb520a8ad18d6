import asyncio

def f(x):
    return sum(x)

async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, f, [1, 2, 3]))
    print(await loop.run_in_executor(None, sum, [1, 2, 3]))

asyncio.run(main())

import asyncio


class Ticks:
    def __init__(self, n, delay):
        self.n = n
        self.delay = delay
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.i += 1
        return self.i


async def watch(name, n, delay):
    async for tick in Ticks(n, delay):
        print(name, tick, asyncio.get_running_loop().time())
        if tick == 10:
            break
    else:
        print(name, "ran out")
    return name


async def main():
    print(await asyncio.gather(watch("fast", 3, 0.2), watch("slow", 2, 0.5)))
    async for t in Ticks(12, 0):
        if t % 2:
            continue
        if t == 10:
            print("stop at", t)
            break
    try:
        async for x in 42:
            pass
    except TypeError as e:
        print(e)


asyncio.run(main())

import asyncio
async def example_barrier():
    b = asyncio.Barrier(3)
    async def worker(i):
        await asyncio.sleep(i * 0.1)
        print("worker", i, "arrives", b)
        pos = await b.wait()
        print("worker", i, "passes at", pos, asyncio.get_running_loop().time())
        return pos
    print(b, b.parties, b.n_waiting, b.broken)
    print(await asyncio.gather(*(worker(i) for i in range(6))))
    print(b)
asyncio.run(asyncio.wait_for(example_barrier(), 5))

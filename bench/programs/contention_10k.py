# 10,000 workers through a Semaphore(10), a Lock and a Queue, each sleeping (i % 10) / 100 s.
import asyncio


async def worker(i, sem, lock, queue, counter):
    async with sem:
        await asyncio.sleep((i % 10) / 100)
        async with lock:
            counter[0] += 1
        await queue.put(i)


async def main():
    sem = asyncio.Semaphore(10)
    lock = asyncio.Lock()
    queue = asyncio.Queue()
    counter = [0]
    await asyncio.gather(*(worker(i, sem, lock, queue, counter) for i in range(10000)))
    total = 0
    while not queue.empty():
        total += queue.get_nowait()
    print(counter[0], total, round(asyncio.get_running_loop().time(), 2))


asyncio.run(main())

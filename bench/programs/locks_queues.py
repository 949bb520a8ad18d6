# Producers and consumers through an asyncio.Queue, with a Lock around a counter.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)


async def consumer(q, lock, totals):
    while True:
        item = await q.get()
        async with lock:
            totals[0] += item
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=100)
    lock = asyncio.Lock()
    totals = [0]
    consumers = [asyncio.create_task(consumer(q, lock, totals)) for _ in range(10)]
    await asyncio.gather(*(producer(q, 5000) for _ in range(10)))
    await q.join()
    for c in consumers:
        c.cancel()
    print(totals[0])


asyncio.run(main())

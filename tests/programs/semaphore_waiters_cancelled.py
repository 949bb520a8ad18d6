# Many waiters on a Semaphore and a Lock, some cancelled while they wait in the
# middle of the queue: the others still get through in FIFO order.
import asyncio

order = []


async def worker(name, sem, lock):
    async with sem:
        order.append(("sem", name))
        await asyncio.sleep(0.01)
        async with lock:
            order.append(("lock", name))
            await asyncio.sleep(0)


async def main():
    sem = asyncio.Semaphore(2)
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(worker(i, sem, lock)) for i in range(12)]
    await asyncio.sleep(0)
    print(sem)
    for i in (3, 5, 6, 10):
        tasks[i].cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print(order)
    print(sem, lock)

    event = asyncio.Event()
    waiters = [asyncio.create_task(event.wait()) for _ in range(5)]
    await asyncio.sleep(0)
    waiters[2].cancel()
    event.set()
    print(await asyncio.gather(*waiters, return_exceptions=True))


asyncio.run(main())

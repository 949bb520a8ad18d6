import asyncio


async def worker(name, lock, shared):
    await lock.acquire()
    try:
        print(name, "holds the lock", lock.locked())
        value = shared[0]
        await asyncio.sleep(0.1)
        shared[0] = value + 1
    finally:
        lock.release()


async def main():
    lock = asyncio.Lock()
    shared = [0]
    await asyncio.gather(*(worker(f"w{i}", lock, shared) for i in range(4)))
    print("total", shared[0], lock.locked())
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i * i)
    print(q.qsize(), q.empty(), [q.get_nowait() for _ in range(3)], q.empty())


asyncio.run(main())

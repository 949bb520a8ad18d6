import asyncio


async def locker(name, lock):
    async with lock:
        print(name, "got lock", asyncio.get_running_loop().time())
        await asyncio.sleep(1)
    print(name, "released")


async def waiter(n, ev):
    await ev.wait()
    print(n, "saw event", asyncio.get_running_loop().time())


async def producer(q):
    for i in range(3):
        await q.put(i)
        print("put", i, asyncio.get_running_loop().time())


async def consumer(q):
    for _ in range(3):
        item = await q.get()
        print("got", item)
        await asyncio.sleep(1)
        q.task_done()


async def main():
    lock = asyncio.Lock()
    ev = asyncio.Event()
    q = asyncio.Queue(maxsize=1)
    ts = [asyncio.create_task(locker(n, lock)) for n in "abc"]
    ws = [asyncio.create_task(waiter(n, ev)) for n in ("w1", "w2")]
    await asyncio.sleep(0.5)
    ev.set()
    await asyncio.gather(*ts, *ws, producer(q), consumer(q))
    await q.join()
    print("joined", asyncio.get_running_loop().time())


asyncio.run(main())

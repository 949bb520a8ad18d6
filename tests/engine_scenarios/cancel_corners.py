import asyncio


async def holder(lock):
    async with lock:
        await asyncio.sleep(2)
    print("holder released", asyncio.get_running_loop().time())


async def waiter(n, lock):
    try:
        async with lock:
            print(n, "got lock", asyncio.get_running_loop().time())
    except asyncio.CancelledError:
        print(n, "caught CancelledError")
        raise


async def child(n, d):
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        print(n, "caught CancelledError")
        raise
    print(n, "done")
    return n


async def main():
    t = asyncio.get_running_loop().time
    lock = asyncio.Lock()
    asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    asyncio.create_task(waiter("w2", lock))
    w1 = asyncio.create_task(waiter("w1", lock))
    await asyncio.sleep(1)
    w1.cancel()
    await asyncio.sleep(2)
    g = asyncio.gather(child("c1", 1), child("c2", 5))
    await asyncio.sleep(2)
    g.cancel("stop")
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather cancelled", repr(e.args), t())
    q = asyncio.Queue(maxsize=1)
    q.put_nowait(1)
    try:
        q.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull")
    q.get_nowait()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError", e)

    def boom():
        raise ZeroDivisionError("x")

    asyncio.get_running_loop().call_soon(boom)
    await asyncio.sleep(0)
    print("after boom", t())


asyncio.run(main())

import asyncio


async def producer(queue):
    for item in range(5):
        await asyncio.sleep(0.5)
        await queue.put(item)
        print(f"put {item} (size {queue.qsize()})")


async def consumer(name, queue):
    while True:
        item = await queue.get()
        await asyncio.sleep(1)
        print(f"{name} handled {item}")
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer(name, queue)) for name in ("c1", "c2")]
    await producer(queue)
    await queue.join()
    for c in consumers:
        c.cancel()
    print("all items handled")


asyncio.run(main())

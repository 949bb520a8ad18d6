import asyncio


async def consumer(queue):
    while True:
        command = await queue.get()
        match command:
            case ("add", x, y):
                print(f"add: {x + y}")
            case ("greet", name) | ("hello", name):
                print(f"hello, {name}")
            case ("sleep", float(seconds) | int(seconds)) if seconds >= 0:
                await asyncio.sleep(seconds)
                print(f"slept {seconds}s at {asyncio.get_running_loop().time():.1f}")
            case ("batch", *items) if items:
                print(f"batch of {len(items)}: {items}")
            case ("stop",):
                print("stopping")
                queue.task_done()
                return
            case other:
                print(f"unknown command: {other!r}")
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    worker = asyncio.create_task(consumer(queue))
    for cmd in [("add", 1, 2), ("greet", "ann"), ("hello", "bob"), ("sleep", 0.5), ("sleep", -1),
                ("batch", 1, 2, 3), ("batch",), ["add", 3, 4], "add", ("stop",)]:
        await queue.put(cmd)
    await queue.join()
    await worker


asyncio.run(main())

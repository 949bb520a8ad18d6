# A running task's repr shows the line its coroutine is at: from inside the
# task itself, from a helper it awaits, and from another task.
import asyncio


def describe(label):
    print(label, asyncio.current_task())


async def helper():
    describe("helper sees:")
    await asyncio.sleep(0)
    print("helper again:", asyncio.current_task())


async def watcher(task):
    print("watcher sees main:", task)
    print("watcher itself:", asyncio.current_task())
    await asyncio.sleep(0.1)
    print("watcher sees main later:", task)


async def worker(n):
    print(f"worker {n} starts:", asyncio.current_task())
    await asyncio.sleep(n)
    return n * 10


async def main():
    me = asyncio.current_task()
    print("main sees itself:", me)
    print(f"in an f-string: {me!r}")
    await helper()
    w = asyncio.create_task(worker(1), name="worker-1")
    print("just created:", w)
    await asyncio.sleep(0)
    print("suspended:", w)
    watch = asyncio.create_task(watcher(me))
    await asyncio.sleep(0.5)
    print("after watcher:", watch)
    print("result:", await w)
    print("finished:", w)


asyncio.run(main())

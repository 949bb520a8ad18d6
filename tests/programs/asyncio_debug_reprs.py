# In debug mode the reprs of futures, tasks and handles say where each one
# was created.
import asyncio


def callback(x):
    print("callback", x)


async def work():
    await asyncio.sleep(1)
    return "ok"


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(repr(fut))
    task = asyncio.create_task(work(), name="worker")
    print(repr(task))
    other = loop.create_task(work())
    print(repr(other))
    await asyncio.sleep(0)
    print(repr(task))
    handle = loop.call_soon(callback, 1)
    print(repr(handle))
    timer = loop.call_later(5, callback, 2)
    print(repr(timer))
    timer.cancel()
    print(repr(timer))
    fut.set_result(3)
    print(repr(fut))
    print(await task, await other)
    print(repr(task))
    print(loop)


asyncio.run(main(), debug=True)

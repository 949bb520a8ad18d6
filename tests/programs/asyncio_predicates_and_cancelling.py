import asyncio


async def work():
    await asyncio.sleep(1)
    return "done"


class Worker:
    async def run(self):
        return 1

    def plain(self):
        return 2


async def main():
    coro = work()
    print(asyncio.iscoroutine(coro), asyncio.iscoroutine(work), asyncio.iscoroutine(1))
    print(asyncio.iscoroutinefunction(work), asyncio.iscoroutinefunction(print),
          asyncio.iscoroutinefunction(Worker().run), asyncio.iscoroutinefunction(Worker().plain))
    task = asyncio.create_task(coro)
    fut = asyncio.get_running_loop().create_future()
    print(asyncio.isfuture(task), asyncio.isfuture(fut), asyncio.isfuture(coro), asyncio.isfuture(None))
    print(task.cancelling())
    task.cancel()
    print(task.cancelling(), task.uncancel(), task.cancelling())
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled anyway", task.cancelled())
    fut.cancel()


asyncio.run(main())

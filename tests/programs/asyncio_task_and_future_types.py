# A task is a future: asyncio.Task derives from asyncio.Future, and type()
# tells a task from a plain future made by loop.create_future().
import asyncio


async def fetch(n):
    await asyncio.sleep(0.1 * n)
    return n * 10


def describe(obj):
    kind = "task" if isinstance(obj, asyncio.Task) else "future" if isinstance(obj, asyncio.Future) else "other"
    return f"{type(obj).__name__:>16} -> {kind}"


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(fetch(1))
    fut = loop.create_future()

    print(type(task))
    print(type(fut))
    print(type(task) is asyncio.Task, type(fut) is asyncio.Future)
    print(isinstance(task, asyncio.Future), isinstance(fut, asyncio.Task))
    print(issubclass(asyncio.Task, asyncio.Future), issubclass(asyncio.Future, asyncio.Task))
    print(asyncio.Task.__mro__)
    print(asyncio.Task.__module__, asyncio.Task.__qualname__, asyncio.Future.__bases__)
    print(asyncio.isfuture(task), asyncio.isfuture(fut), asyncio.isfuture(fetch))

    gathered = asyncio.gather(fetch(1), fetch(2))
    shielded = asyncio.shield(asyncio.ensure_future(fetch(1)))
    for obj in (task, fut, gathered, shielded, asyncio.current_task(), 42):
        print(describe(obj))
    print(type(gathered), type(gathered).__module__)

    pending: list[asyncio.Task] = [task]
    print(list[asyncio.Task], asyncio.Task[int], asyncio.Future[str])
    counts = {}
    for obj in (task, fut, gathered, shielded):
        counts[type(obj)] = counts.get(type(obj), 0) + 1
    print(counts)

    fut.set_result("ready")
    print(await fut, await pending[0], await gathered, await shielded)
    done, _ = await asyncio.wait([asyncio.ensure_future(fetch(1)), loop.create_future()], timeout=0.5)
    print([type(d).__name__ for d in done])


asyncio.run(main())

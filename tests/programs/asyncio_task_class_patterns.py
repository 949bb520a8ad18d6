# asyncio.Task and asyncio.Future as classes in match statements, sets,
# dicts and reprs: a task matches both, a plain future only Future.
import asyncio


async def job():
    return 1


async def main():
    t = asyncio.create_task(job())
    f = asyncio.get_running_loop().create_future()
    for obj in (t, f, 3):
        match obj:
            case asyncio.Task():
                print("a task")
            case asyncio.Future():
                print("a future")
            case _:
                print("something else")
    print(str(type(t)), asyncio.Task.__name__, asyncio.Future.__module__)
    print(t in {t}, t == t, t != f, {t: 1}[t])
    print(type(t).__bases__, isinstance(asyncio.Task, type), type(asyncio.Task))
    print(callable(asyncio.Task), asyncio.iscoroutine(t))
    f.cancel()
    await t
    print(repr(asyncio.Task), repr(asyncio.Future))


asyncio.run(main())

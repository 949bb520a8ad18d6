# get_coro() and get_name() belong to tasks: a plain future has neither, and
# a task refuses set_result(); the errors name the right class.
import asyncio


async def tick():
    await asyncio.sleep(0.1)
    return "tick"


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(tick())
    fut = loop.create_future()
    print(task.get_name(), task.get_coro().__name__)
    for call in (lambda: task.set_result(1), lambda: task.set_exception(ValueError())):
        try:
            call()
        except RuntimeError as exc:
            print("RuntimeError:", exc)
    try:
        fut.get_name()
    except AttributeError as exc:
        print("AttributeError:", exc)
    try:
        len(task)
    except TypeError as exc:
        print("TypeError:", exc)
    try:
        fut + 1
    except TypeError as exc:
        print("TypeError:", exc)
    print(await task)
    print(fut.get_coro())


asyncio.run(main())

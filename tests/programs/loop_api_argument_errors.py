# Wrong calls of the loop's handler and executor methods and of a task's
# get_coro / get_stack / print_stack raise TypeError as CPython words it.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    calls = [
        lambda: loop.set_exception_handler(),
        lambda: loop.call_exception_handler(),
        lambda: loop.default_exception_handler(),
        lambda: loop.set_default_executor(),
        lambda: loop.get_exception_handler(1),
        lambda: loop.shutdown_default_executor(1),
        lambda: loop.default_exception_handler([]),
        lambda: task.get_coro(1),
        lambda: task.get_stack(0),
        lambda: task.get_stack(1, 2),
        lambda: task.get_stack(foo=1),
        lambda: task.print_stack(0, None, 3),
        lambda: task.get_stack(limit=0),
        lambda: task.print_stack(limit=0),
    ]
    for call in calls:
        try:
            print("returned", call())
        except Exception as e:
            print(type(e).__name__, e)


asyncio.run(main())

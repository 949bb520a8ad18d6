# The default exception handler: what asyncio logs for a failing callback,
# a failing done callback, and a task whose exception nobody retrieved.
import asyncio


def on_done(task):
    print("done callback sees", task.get_name())
    raise LookupError("done callback failed")


async def worker():
    await asyncio.sleep(0.1)
    raise ValueError("worker failed")


def broken(x, y):
    return x / y


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(broken, 1, 0)
    ok = asyncio.create_task(asyncio.sleep(0.2, result="fine"), name="sleeper")
    ok.add_done_callback(on_done)
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.5)
    print("worker done:", task.done())
    loop.default_exception_handler({"message": "custom report", "extra": [1, 2]})
    loop.default_exception_handler({})
    print("main returns")


asyncio.run(main())
print("after run")

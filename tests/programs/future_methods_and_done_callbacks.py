import asyncio


def on_done(fut):
    print("done callback:", fut.result(), fut.done(), fut.cancelled())


def never(fut):
    print("never called")


async def set_after(fut, delay, value):
    await asyncio.sleep(delay)
    fut.set_result(value)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(on_done)
    fut.add_done_callback(never)
    print("removed", fut.remove_done_callback(never), fut.remove_done_callback(never))
    loop.create_task(set_after(fut, 1, "... world"))
    print("hello ...")
    print(await fut)
    print(fut.get_loop() is loop)

    other = loop.create_future()
    loop.call_later(0.5, other.set_result, "from call_later")
    print(await other)

    failing = loop.create_future()
    failing.set_exception(ValueError("bad"))
    try:
        await failing
    except ValueError as e:
        print("caught", e)
    try:
        failing.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)

    task = asyncio.create_task(asyncio.sleep(0.1, result="slept"))
    task.add_done_callback(lambda t: print("task done:", t.result()))
    print(await task)
    await asyncio.sleep(0)


asyncio.run(main())

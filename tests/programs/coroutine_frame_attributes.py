# A coroutine object's cr_frame, cr_running and cr_await: before it starts,
# while it runs, while it is suspended awaiting another coroutine, and done.
import asyncio


async def inner():
    await asyncio.sleep(0.1)
    return "inner result"


async def outer(log):
    me = log["coro"]
    log["running"] = (me.cr_running, me.cr_frame.f_lineno)
    value = await inner()
    return value


def show(label, coro):
    frame = coro.cr_frame
    line = frame.f_lineno if frame is not None else None
    print(f"{label}: running={coro.cr_running} line={line} await={coro.cr_await}")


async def main():
    log = {}
    coro = outer(log)
    log["coro"] = coro
    show("fresh", coro)
    print("frame:", coro.cr_frame)
    print("code name:", coro.cr_frame.f_code.co_name)
    task = asyncio.create_task(coro)
    await asyncio.sleep(0)
    print("inside, running and line:", log["running"])
    show("suspended", coro)
    print("awaiting a coroutine:", coro.cr_await.__qualname__, coro.cr_await.cr_running)
    print(await task)
    show("done", coro)


asyncio.run(main())

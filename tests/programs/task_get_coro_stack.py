# task.get_coro(), get_stack() and print_stack(): the coroutine a task
# drives, and the frames it is suspended in (or the traceback it failed with).
import asyncio
import sys


async def fetch(delay):
    await asyncio.sleep(delay)
    return f"data after {delay}s"


async def fail():
    await asyncio.sleep(0.1)
    raise ValueError("fetch failed")


async def main():
    t = asyncio.create_task(fetch(1), name="fetcher")
    print("coro:", t.get_coro())
    print("same coroutine:", t.get_coro() is t.get_coro())
    print("stack before it runs:", t.get_stack())
    await asyncio.sleep(0)
    frames = t.get_stack()
    print("stack:", frames)
    print("frame line:", frames[0].f_lineno, frames[0].f_code.co_name)
    print("limit=0:", t.get_stack(limit=0))
    t.print_stack()
    t.print_stack(file=sys.stdout)
    print(await t)
    print("done:", t.get_stack())
    t.print_stack(file=sys.stdout)

    bad = asyncio.create_task(fail(), name="failing")
    await asyncio.wait([bad])
    print("failed stack:", [f.f_lineno for f in bad.get_stack()])
    bad.print_stack(file=sys.stdout)
    bad.print_stack()
    print("exception:", repr(bad.exception()))
    print("main's coro:", asyncio.current_task().get_coro())


asyncio.run(main())

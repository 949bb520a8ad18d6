# Task.get_stack() / print_stack() of the task that is running: CPython walks
# the frame of the task's coroutine back through asyncio's own frames
# (Handle._run, _run_once, run_forever, ...) to the line that started the loop.
import asyncio


def where(task, limit):
    return [(f.f_code.co_name, f.f_lineno) for f in task.get_stack(limit=limit)]


async def child():
    me = asyncio.current_task()
    print("child sees", where(me, 3))
    await asyncio.sleep(0.1)


async def main(depth):
    me = asyncio.current_task()
    print("main sees", where(me, depth))
    me.print_stack(limit=depth)
    await child()
    helper = asyncio.create_task(child())
    await asyncio.sleep(0)
    print("helper suspended", where(helper, None))
    await helper
    print("helper done", where(helper, None))


asyncio.run(main(8))
asyncio.run(main(8), debug=True)
with asyncio.Runner() as runner:
    runner.run(main(7))
loop = asyncio.new_event_loop()
loop.run_until_complete(main(6))
loop.close()

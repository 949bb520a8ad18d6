# Debug mode keeps where each future and task was made: the exception
# handler's context for "exception was never retrieved" carries the
# future's source_traceback (every frame down to where asyncio made it),
# and its repr ends with "created at FILE:LINE", the last of those frames.
import asyncio
import os


async def fail(tag):
    raise ValueError(tag)


def handler(loop, context):
    frames = context["source_traceback"]
    print(context["message"], repr(context["exception"]))
    print("  created at", os.path.basename(repr(context["future"]).rsplit(" created at ", 1)[1]))
    for frame in frames[-3:]:
        print(f"    {os.path.basename(frame.filename)}:{frame.lineno} in {frame.name}: {frame.line}")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    asyncio.create_task(fail("asyncio.create_task"))
    await asyncio.sleep(0.01)
    loop.create_task(fail("loop.create_task"))
    await asyncio.sleep(0.01)
    asyncio.ensure_future(fail("ensure_future"))
    await asyncio.sleep(0.01)
    fut = loop.create_future()
    fut.set_exception(KeyError("loop.create_future"))
    del fut
    fut = asyncio.Future()
    fut.set_exception(KeyError("asyncio.Future"))
    del fut
    gathered = asyncio.gather(fail("gather"))
    await asyncio.sleep(0.01)
    del gathered
    print("main ends")


asyncio.run(main(), debug=True)

# Debug mode and a custom exception handler: the context of a failing
# callback carries the handle's source_traceback (FrameSummary entries, the
# last one where the callback was scheduled), and the handle's repr says
# where it was created. A slow failing callback is reported first, then
# logged as slow. With the default handler back, the log shows the
# "Object created at" stack.
import asyncio
import time


def on_error(loop, context):
    print("handler got:", sorted(context))
    print("  message:", context["message"])
    print("  handle:", context["handle"])
    frames = context.get("source_traceback")
    print("  frames:", len(frames), [f.name for f in frames][-2:])
    last = frames[-1]
    print("  last:", last.filename, last.lineno, last.name, repr(last.line))
    print("  repr:", repr(last))


def explode(n):
    time.sleep(0.2)
    raise ValueError(f"bad {n}")


def schedule(loop):
    loop.call_soon(explode, 1)
    loop.call_later(0.5, explode, 2)


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(on_error)
    schedule(loop)
    await asyncio.sleep(1)
    loop.set_exception_handler(None)
    loop.call_soon(explode, 3)
    await asyncio.sleep(1)
    print("done")


asyncio.run(main(), debug=True)

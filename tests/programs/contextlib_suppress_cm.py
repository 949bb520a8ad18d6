# contextlib around asyncio code: suppress a cancelled task's error,
# nullcontext as an optional lock, a generator-based context manager.
import asyncio
import contextlib
from contextlib import nullcontext, suppress


def timer(label):
    loop = asyncio.get_event_loop()
    start = loop.time()
    print(f"[{label}] start at {start}")
    try:
        yield start
    except KeyError as e:
        print(f"[{label}] handled KeyError {e}")
    finally:
        print(f"[{label}] took {loop.time() - start:.2f}s")


timed = contextlib.contextmanager(timer)


class Resource:
    def close(self):
        print("resource closed")


async def worker(lock):
    with lock if lock is not None else nullcontext():
        await asyncio.sleep(0.1)
    return "worked"


async def main():
    task = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    task.cancel()
    with suppress(asyncio.CancelledError):
        await task
    print("cancelled quietly:", task.cancelled())
    with suppress(KeyError, ZeroDivisionError):
        {}["missing"]
    with suppress(ValueError):
        print("no error here")
    try:
        with suppress(KeyError):
            1 / 0
    except ZeroDivisionError as e:
        print("not suppressed:", e)
    with nullcontext("value") as v:
        print("nullcontext gave", v)
    print(await worker(None))
    with timed("block") as started:
        await asyncio.sleep(0.5)
        print("inside, started at", started)
    with timed("keyerror"):
        await asyncio.sleep(0.25)
        raise KeyError("k")
    try:
        with timed("other"):
            raise ValueError("passes through")
    except ValueError as e:
        print("caught", e)
    with contextlib.closing(Resource()) as r:
        print("using", type(r).__name__)


asyncio.run(main())

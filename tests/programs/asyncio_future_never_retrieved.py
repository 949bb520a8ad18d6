# A plain future whose exception nobody asks for: "Future exception was
# never retrieved" when it is freed (here by `del`, and when a callback that
# set it was the last to hold it); one whose exception() was read is silent.
import asyncio


def show(loop, context):
    print("handler:", context["message"], repr(context["exception"]))


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_exception(TimeoutError("no reply"))
    print("set the exception")
    del fut
    print("deleted the future")

    read = loop.create_future()
    read.set_exception(KeyError("seen"))
    print("read:", repr(read.exception()))
    del read

    loop.set_exception_handler(show)
    late = loop.create_future()
    loop.call_later(0.1, late.set_exception, OSError("late"))
    late = None
    print("waiting")
    await asyncio.sleep(0.2)
    print("done")


asyncio.run(main())

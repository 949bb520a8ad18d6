# An exception handler that raises SystemExit while reporting a future
# freed by `del`: the report runs in the future's finalizer, which cannot
# raise, so CPython prints the error as "Exception ignored in" and goes on.
import asyncio


def strict_handler(loop, context):
    print("handler:", context["message"], repr(context["exception"]))
    raise SystemExit(3)


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(strict_handler)
    fut = loop.create_future()
    fut.set_exception(ValueError("nobody looked"))
    del fut
    print("still running after the handler raised")


asyncio.run(main())
print("the end")

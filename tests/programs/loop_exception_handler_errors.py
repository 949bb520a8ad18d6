# An exception handler that itself raises: asyncio logs "Unhandled error in
# exception handler" with the original context; logging shows it when
# configured.
import asyncio
import logging


def clumsy_handler(loop, context):
    print("handler called for:", context["message"])
    raise KeyError("handler bug")


def fail():
    raise ZeroDivisionError("division by zero")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(clumsy_handler)
    loop.call_soon(fail)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    logging.basicConfig(format="%(levelname)s %(name)s: %(message)s")
    loop.call_soon(fail)
    await asyncio.sleep(0)
    print("end of main")


asyncio.run(main())

# sys.exit() inside an exception handler is not caught by the loop: the
# program ends with its status, as CPython lets SystemExit through.
import asyncio, sys

def handler(loop, context):
    print("handler:", context["message"])
    sys.exit(3)

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(lambda: 1/0)
    await asyncio.sleep(1)
    print("not reached")

asyncio.run(main())

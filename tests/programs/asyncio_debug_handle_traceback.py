# In debug mode the default exception handler says which handle was
# running when something reported an error without its own
# source_traceback: "handle_traceback: Handle created at …", the frames
# that scheduled the running callback. A handler reading the context after
# the default one ran sees the key it added.
import asyncio


def check_inventory(loop, item):
    loop.call_exception_handler({"message": f"{item} is running low"})


def relay(loop, context):
    print("custom handler:", sorted(context))
    loop.default_exception_handler(context)
    print("after the default one:", sorted(context))
    print("made at line", context["handle_traceback"][-1].lineno)


def restock(loop):
    loop.call_soon(check_inventory, loop, "coffee")


async def main():
    loop = asyncio.get_running_loop()
    restock(loop)
    await asyncio.sleep(0.1)
    loop.set_exception_handler(relay)
    loop.call_later(0.1, check_inventory, loop, "tea")
    await asyncio.sleep(0.5)
    print("done")


asyncio.run(main(), debug=True)

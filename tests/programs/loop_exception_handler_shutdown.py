# What asyncio.run reports to the exception handler while it shuts down: a
# task that fails when cancelled, and an async generator whose cleanup fails.
import asyncio

unfinished = []


def handler(loop, context):
    print("handler:", context["message"])
    print("  exception:", repr(context["exception"]))
    print("  keys:", list(context))


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise ValueError("refused to stop")


async def ticker():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0.1)
    finally:
        raise KeyError("cleanup failed")


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(stubborn())
    gen = ticker()
    unfinished.append(gen)
    async for v in gen:
        print("tick", v)
        if v == 1:
            break
    print("main returns")


asyncio.run(main())
print("done")

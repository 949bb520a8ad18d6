# A custom exception handler, as the asyncio docs describe it: the loop calls
# handler(loop, context) for every error it would otherwise log.
import asyncio


def handle_exception(loop, context):
    msg = context.get("exception", context["message"])
    print(f"Caught exception: {msg!r}")
    print("  message:", context["message"])
    print("  keys:", sorted(context))
    if "handle" in context:
        print("  handle:", context["handle"])


def faulty_callback(n):
    print(f"callback {n} runs")
    raise ValueError(f"callback {n} failed")


def fine_callback():
    print("fine callback runs")


async def main():
    loop = asyncio.get_running_loop()
    print("handler before:", loop.get_exception_handler())
    loop.set_exception_handler(handle_exception)
    print("handler set:", loop.get_exception_handler() is handle_exception)

    loop.call_soon(faulty_callback, 1)
    loop.call_soon(fine_callback)
    loop.call_later(0.5, faulty_callback, 2)
    await asyncio.sleep(1)

    loop.call_exception_handler({"message": "something odd happened"})
    loop.call_exception_handler({"message": "with an exception", "exception": KeyError("k")})

    loop.set_exception_handler(None)
    print("handler after reset:", loop.get_exception_handler())
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)
    print("main done")


asyncio.run(main())

# An exception handler that stops the loop on the first error: run_forever
# returns once the failing callback has been reported.
import asyncio


def stop_on_error(loop, context):
    print("error:", context["message"])
    print("exception:", repr(context["exception"]))
    loop.stop()


def tick(n):
    print("tick", n)
    if n == 3:
        raise RuntimeError("tick 3 went wrong")
    loop.call_later(1, tick, n + 1)


loop = asyncio.new_event_loop()
loop.set_exception_handler(stop_on_error)
loop.call_soon(tick, 1)
loop.run_forever()
print("loop stopped at", loop.time())
print("running:", loop.is_running(), "closed:", loop.is_closed())
loop.close()
print("closed:", loop.is_closed())

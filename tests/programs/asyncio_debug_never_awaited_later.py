# Origins are tracked only while a loop runs in debug mode: set_debug(True)
# on a running loop turns tracking on from a callback it schedules, so a
# coroutine made in the same step has no origin yet.
import asyncio


async def ping(n):
    return n


async def main():
    loop = asyncio.get_running_loop()
    ping(1)
    loop.set_debug(True)
    ping(2)
    await asyncio.sleep(0)
    ping(3)
    print("debug:", loop.get_debug())


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
print("closed")

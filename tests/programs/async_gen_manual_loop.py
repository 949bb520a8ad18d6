# The older pattern from the docs: a loop made by hand, and
# loop.shutdown_asyncgens() before closing it, so an async generator left
# suspended still runs its finally block. `async for ... else` runs the
# else block when the generator is exhausted.
import asyncio

streams = []


async def stream(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0.1)
            yield f"{name}-{i}"
    finally:
        print(f"{name}: closed")


async def main():
    async for item in stream("short", 2):
        print(item)
    else:
        print("short stream exhausted")
    s = stream("long", 10)
    streams.append(s)
    print(await anext(s))


loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(main())
    print("main finished")
finally:
    loop.run_until_complete(loop.shutdown_asyncgens())
    print("asyncgens shut down")
    loop.close()

import asyncio
from contextlib import AsyncExitStack, asynccontextmanager


@asynccontextmanager
async def open_conn(name, delay):
    await asyncio.sleep(delay)
    print(f"{asyncio.get_running_loop().time():.1f} open {name}")
    try:
        yield f"conn-{name}"
    finally:
        await asyncio.sleep(0.1)
        print(f"{asyncio.get_running_loop().time():.1f} close {name}")


class Pool:
    async def __aenter__(self):
        print("pool up")
        return self

    async def __aexit__(self, *exc):
        print("pool down", exc[0])
        return False


async def flush(label):
    await asyncio.sleep(0.05)
    print("flushed", label)


async def main():
    lock = asyncio.Lock()
    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(open_conn(n, d)) for n, d in [("db", 0.3), ("cache", 0.1)]]
        pool = await stack.enter_async_context(Pool())
        await stack.enter_async_context(lock)
        print("locked", lock.locked())
        stack.push_async_callback(flush, "logs")
        stack.callback(print, "sync callback")
        print(conns, type(pool).__name__)
    print("lock released", not lock.locked())

    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(open_conn("x", 0.2))
            raise ConnectionError("lost x")
    except ConnectionError as e:
        print("caught", e)

    stack = AsyncExitStack()
    await stack.enter_async_context(Pool())
    await stack.aclose()
    print("done at", asyncio.get_running_loop().time())


asyncio.run(main())

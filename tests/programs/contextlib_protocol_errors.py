import asyncio
from contextlib import contextmanager, asynccontextmanager, ExitStack, AsyncExitStack


@contextmanager
def plain():
    yield "p"


@asynccontextmanager
async def aplain():
    yield "a"


@contextmanager
def reraise_stop():
    yield


def check(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def sync_on_async():
    with aplain():
        pass


def block_stop():
    with reraise_stop():
        raise StopIteration("from block")


def enter_int():
    with ExitStack() as s:
        s.enter_context(3)


def enter_async_as_sync():
    with ExitStack() as s:
        s.enter_context(aplain())


check("sync on async:", sync_on_async)
check("block stop:", block_stop)
check("enter int:", enter_int)
check("enter async cm sync:", enter_async_as_sync)
print(repr(plain)[:22], repr(plain())[:46])


async def main():
    try:
        async with plain():
            pass
    except TypeError as e:
        print("async on sync:", e)
    try:
        async with AsyncExitStack() as s:
            await s.enter_async_context(plain())
    except TypeError as e:
        print("enter sync cm async:", e)
    try:
        with AsyncExitStack():
            pass
    except TypeError as e:
        print("AsyncExitStack sync:", e)
    cm = aplain()
    async with cm as v:
        print("value", v)
    s = ExitStack()
    s.close()
    print(await AsyncExitStack().__aenter__() is not None)


asyncio.run(main())

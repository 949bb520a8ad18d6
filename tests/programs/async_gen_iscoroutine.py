# asyncio.iscoroutine in 3.11: True for coroutines, generators and the
# async generator awaitables; False for async generators themselves.
import asyncio


def gen():
    yield


async def agen():
    yield


async def coro():
    pass


a = agen()
c = coro()
print(asyncio.iscoroutine(gen()), asyncio.iscoroutine(a), asyncio.iscoroutine(c))
print(asyncio.iscoroutine(a.asend(None)), asyncio.iscoroutine(a.aclose()), asyncio.iscoroutine(anext(a, 1)))
print(asyncio.iscoroutine(42))
print(asyncio.iscoroutinefunction(agen), asyncio.iscoroutinefunction(coro))
c.close()

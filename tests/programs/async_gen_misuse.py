# Using an async generator where a coroutine or an iterator is expected:
# CPython's TypeErrors and ValueError.
import asyncio

async def ticker():
    yield 1

async def main():
    try:
        await ticker()
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.create_task(ticker())
    except TypeError as e:
        print("TypeError:", str(e).split(" at ")[0])
    try:
        for x in ticker():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        next(ticker())
    except TypeError as e:
        print("TypeError:", e)
    print(asyncio.iscoroutinefunction(ticker))
    t = ticker()
    print(t.__aiter__() is t)
    print(type(t.__anext__()).__name__)
    await t.aclose()

try:
    asyncio.run(ticker())
except ValueError as e:
    print("ValueError:", str(e).split(" at ")[0])
asyncio.run(main())

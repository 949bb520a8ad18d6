import asyncio


async def a():
    try:
        raise KeyError("a's")
    except KeyError:
        await asyncio.sleep(1)


async def b():
    await asyncio.sleep(0.5)
    {}["b"]


async def main():
    await asyncio.gather(a(), b())

try:
    asyncio.run(main())
except KeyError as e:
    print("b failed:", repr(e), e.__context__)


async def retry():
    try:
        raise ValueError("first attempt")
    except ValueError:
        await asyncio.sleep(0.1)
        print("retrying")
        try:
            raise
        except ValueError as e:
            print("re-raised after await:", e)
        await asyncio.sleep(0.1)
        raise RuntimeError("gave up")


def gen():
    try:
        raise KeyError("in gen")
    except KeyError:
        yield 1
        yield 2


g = gen()
next(g)
try:
    raise TypeError("outside")
except TypeError:
    next(g)
asyncio.run(retry())

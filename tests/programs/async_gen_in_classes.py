# Classes made async-iterable with async generators: __aiter__ written as
# an async generator method, or returning one; async for ... else.
import asyncio


class Ticker:
    """An async iterable whose __aiter__ is an async generator method."""

    def __init__(self, n, delay):
        self.n = n
        self.delay = delay

    async def __aiter__(self):
        for i in range(self.n):
            await asyncio.sleep(self.delay)
            yield i


class Paginator:
    def __init__(self, pages):
        self.pages = pages

    def __aiter__(self):
        return self.fetch()

    async def fetch(self):
        for p in self.pages:
            await asyncio.sleep(0.1)
            yield p


async def main():
    async for i in Ticker(3, 0.2):
        print("tick", i)
    else:
        print("ticker done")
    async for p in Paginator(["a", "b", "c"]):
        if p == "b":
            break
        print("page", p)
    else:
        print("not printed")
    print(sorted([i async for i in Ticker(4, 0.1)], reverse=True))
    it = aiter(Paginator([1, 2]))
    print(type(it).__name__, await anext(it), await anext(it), await anext(it, "end"))


asyncio.run(main())

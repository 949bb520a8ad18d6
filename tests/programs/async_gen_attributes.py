# __name__, __qualname__ and the running flags of async generators and
# generators.
import asyncio

async def ticker():
    yield 1

def gen():
    yield 1

class Feed:
    async def items(self):
        yield "a"

async def main():
    t = ticker()
    print(t.__name__, t.__qualname__, t.ag_running)
    f = Feed().items()
    print(f.__name__, f.__qualname__)
    g = gen()
    print(g.__name__, g.gi_running)
    c = main.__name__
    print(c)
    async def local():
        yield 2
    print(local().__qualname__)

asyncio.run(main())

import asyncio
from contextlib import aclosing, closing, contextmanager, asynccontextmanager


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closed", self.name)


with closing(Resource("file")) as r:
    print("using", r.name)

try:
    with closing(Resource("sock")):
        raise ValueError("oops")
except ValueError as e:
    print("caught", e)


async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0.1)
            yield i
    finally:
        print("ticker finalized")


class Service:
    def __init__(self, name):
        self.name = name

    @contextmanager
    def session(self, user):
        print(f"{self.name}: open session for {user}")
        yield f"{self.name}/{user}"
        print(f"{self.name}: close session for {user}")

    @asynccontextmanager
    async def connection(self):
        await asyncio.sleep(0.2)
        print(f"{self.name}: connected")
        yield self
        print(f"{self.name}: disconnected")


async def main():
    async with aclosing(ticker(10)) as t:
        async for i in t:
            print("tick", i)
            if i == 2:
                break
    print("after loop")
    svc = Service("api")
    with svc.session("ann") as s:
        print("in", s)
    async with svc.connection() as c:
        print("conn name", c.name)
    print(closing(1), type(aclosing(None)).__name__)


asyncio.run(main())

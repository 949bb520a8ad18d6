import asyncio


class AsyncResource:
    instances = 0

    def __init__(self, name):
        self.name = name
        type(self).instances += 1

    async def __aenter__(self):
        await asyncio.sleep(0.1)
        print("open", self.name)
        return self

    async def __aexit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)
        return False

    @property
    def label(self):
        return f"<{self.name}>"

    @classmethod
    def open(cls, name):
        return cls(name)


class LoggedResource(AsyncResource):
    async def __aenter__(self):
        print("entering", self.label)
        return await super().__aenter__()


async def main():
    async with LoggedResource.open("db") as r:
        print("using", r.label, type(r).__name__, AsyncResource.instances)
    try:
        async with AsyncResource("cache") as r:
            raise KeyError(r.name)
    except KeyError as e:
        print("caught", repr(e))


asyncio.run(main())

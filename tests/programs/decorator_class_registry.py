import asyncio

HANDLERS = {}


def handler(name):
    def register(cls):
        HANDLERS[name] = cls
        cls.kind = name
        return cls
    return register


def describe(cls):
    """Adds a describe() method to the class."""
    def describe(self):
        return f"{type(self).__name__} handles {self.kind!r}"
    cls.describe = describe
    return cls


@describe
@handler("ping")
class Ping:
    """Answers pings."""

    async def handle(self, payload):
        await asyncio.sleep(0.1)
        return f"pong {payload}"


@handler("echo")
@describe
class Echo:
    async def handle(self, payload):
        await asyncio.sleep(0.2)
        return payload


async def main():
    print(sorted(HANDLERS))
    for name in ["ping", "echo"]:
        obj = HANDLERS[name]()
        print(obj.describe(), await obj.handle(name.upper()))
    print(Ping.__doc__, Echo.__doc__, Ping.__name__, Ping.__qualname__)
    results = await asyncio.gather(*(HANDLERS[n]().handle(n) for n in HANDLERS))
    print(results)


asyncio.run(main())

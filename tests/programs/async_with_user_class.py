import asyncio


class Session:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0.1)
        print("open", self.name, asyncio.get_running_loop().time())
        return self

    async def __aexit__(self, kind, value, tb):
        await asyncio.sleep(0.2)
        print("close", self.name, kind, asyncio.get_running_loop().time())


async def use(name):
    async with Session(name) as s:
        print("using", s.name)
        await asyncio.sleep(0.3)
    return name


async def main():
    print(await asyncio.gather(use("a"), use("b")))


asyncio.run(main())

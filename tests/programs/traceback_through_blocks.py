import asyncio


class Resource:
    async def __aenter__(self):
        print("open")
        return self

    async def __aexit__(self, *exc):
        print("close")
        return False


def parse(items):
    try:
        values = [int(x) for x in items]
    finally:
        print("parsed")
    return values


async def load(items):
    async with Resource():
        for i in range(2):
            print("round", i)
        with open_log():
            return parse(items)


class open_log:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("log closed")


async def main():
    print(await load(["1", "2"]))
    total = await load(["3", "x"])
    print(total)


asyncio.run(main())

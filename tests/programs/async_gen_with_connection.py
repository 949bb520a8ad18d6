# An async generator that yields rows from inside `async with`: finished,
# left by break (the loop's finalizer closes it: __aexit__ sees
# GeneratorExit), and cut short by asyncio.timeout (CancelledError).
import asyncio


class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0.1)
        print(f"open {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.1)
        print(f"close {self.name} ({exc_type.__name__ if exc_type else 'no error'})")


async def rows(name, n):
    async with Connection(name) as conn:
        for i in range(n):
            await asyncio.sleep(0.05)
            yield f"{conn.name}:{i}"


async def main():
    async for row in rows("db1", 3):
        print(row)
    async for row in rows("db2", 10):
        print(row)
        if row.endswith("1"):
            break
    print("broke out")
    await asyncio.sleep(0.5)
    try:
        async with asyncio.timeout(0.3):
            async for row in rows("db3", 100):
                print(row)
    except TimeoutError:
        print("timed out")
    print(f"t={asyncio.get_running_loop().time():.2f}")


asyncio.run(main())

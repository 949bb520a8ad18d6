# `async with lock_a, lock_b:` takes both locks, in order, and releases
# them in reverse order, also when the body raises.
import asyncio


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0.1)
        print(f"enter {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.1)
        print(f"exit {self.name}: {exc_type.__name__ if exc_type else None}")
        return False


async def worker(name, lock_a, lock_b):
    async with lock_a, lock_b:
        print(f"{name} holds both locks")
        await asyncio.sleep(0.5)
    print(f"{name} released them: {lock_a.locked()} {lock_b.locked()}")


async def main():
    lock_a, lock_b = asyncio.Lock(), asyncio.Lock()
    await asyncio.gather(worker("w1", lock_a, lock_b), worker("w2", lock_a, lock_b))

    async with Resource("db") as db, Resource("cache") as cache:
        print("using", db.name, cache.name)

    try:
        async with Resource("a"), Resource("b"), Resource("c"):
            raise ValueError("boom")
    except ValueError as e:
        print("caught", e)

    for i in range(3):
        async with Resource(f"r{i}"), lock_a:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
    print(f"t={asyncio.get_running_loop().time():.1f}")


asyncio.run(main())

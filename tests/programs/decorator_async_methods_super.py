import asyncio, time

def timed(func):
    async def wrapper(*args, **kwargs):
        t0 = time.monotonic()
        try:
            return await func(*args, **kwargs)
        finally:
            print(f"{func.__qualname__} {time.monotonic() - t0:.1f}s")
    return wrapper

class Base:
    async def load(self, key):
        await asyncio.sleep(0.1)
        return f"base:{key}"

class Cached(Base):
    def __init__(self):
        self.cache = {}

    @timed
    async def load(self, key):
        if key not in self.cache:
            self.cache[key] = await super().load(key)
        return self.cache[key]

    @property
    def size(self):
        return len(self.cache)

async def main():
    c = Cached()
    print(await asyncio.gather(c.load("a"), c.load("b")))
    print(await c.load("a"), c.size)
    t = asyncio.create_task(c.load("z"))
    await t
    print(c.size)

asyncio.run(main())

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


class Guard:
    def __init__(self, swallow):
        self.swallow = swallow

    async def __aenter__(self):
        return self

    async def __aexit__(self, kind, value, tb):
        print("aexit got", kind.__name__ if kind else None, value)
        return self.swallow


async def guarded():
    async with Guard(True):
        raise ValueError("swallowed")
    print("after the swallowed error")
    try:
        async with Guard(False):
            raise KeyError("kept")
    except KeyError as e:
        print("re-raised", repr(e))
    lock = asyncio.Lock()
    try:
        async with lock:
            raise RuntimeError("inside a lock")
    except RuntimeError as e:
        print(e, "and the lock is", "locked" if lock.locked() else "free")


asyncio.run(guarded())

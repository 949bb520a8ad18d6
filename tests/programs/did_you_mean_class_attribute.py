# A typo of a class attribute, read through an instance: CPython suggests
# from dir(obj), which holds the class's names too.
import asyncio


class Config:
    timeout = 0.5
    retries = 3

    def __init__(self, name):
        self.name = name


async def main():
    cfg = Config("svc")
    await asyncio.sleep(cfg.timeout)
    print(cfg.name, cfg.retries)
    print(cfg.timout)

asyncio.run(main())

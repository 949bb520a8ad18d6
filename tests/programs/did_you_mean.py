import asyncio


class Worker:
    def __init__(self, name):
        self.name = name
        self.retries = 3

    async def run(self):
        await asyncio.sleep(0.1)
        return f"{self.name} done"


def check(fn):
    try:
        fn()
    except (NameError, AttributeError) as e:
        print(type(e).__name__, e)


def typo_local():
    counter = 1
    return countr + 1


check(typo_local)
check(lambda: prnt("x"))
check(lambda: Worker("w").retrys)
check(lambda: Worker("w").rnu())
check(lambda: "abc".uper())
check(lambda: [1].apend(2))
check(lambda: {}.iterms())
check(lambda: Worker("w").zzzzzz)
check(lambda: undefined_thing)
results = []
check(lambda: resuls)


async def main():
    w = Worker("a")
    print(await w.run())
    print(w.nmae)

asyncio.run(main())

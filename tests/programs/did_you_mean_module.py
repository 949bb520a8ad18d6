import asyncio
import time


def check(fn):
    try:
        fn()
    except AttributeError as e:
        print(e)


check(lambda: time.perf_countr())
check(lambda: asyncio.Queu())


async def main():
    await asyncio.sleeep(1)

asyncio.run(main())

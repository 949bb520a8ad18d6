import asyncio


async def fetch(n):
    await asyncio.sleep(0.1)
    return n


def collect(ids):
    # a plain function cannot run an asynchronous comprehension
    return [await fetch(i) for i in ids]

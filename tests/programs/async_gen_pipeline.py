# A pipeline of async generators (produce -> filter -> enrich -> batch), a
# dict comprehension over one, and a queue drained through a local one.
import asyncio
import random

random.seed(7)


async def produce(n):
    for i in range(n):
        await asyncio.sleep(random.uniform(0.05, 0.2))
        yield {"id": i, "value": random.randint(1, 100)}


async def only_even(source):
    async for item in source:
        if item["value"] % 2 == 0:
            yield item


async def enrich(source):
    async for item in source:
        await asyncio.sleep(0.01)
        yield {**item, "double": item["value"] * 2}


async def batch(source, size):
    chunk = []
    async for item in source:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


async def main():
    loop = asyncio.get_running_loop()
    async for chunk in batch(enrich(only_even(produce(12))), 2):
        print(f"{loop.time():.3f}", [c["double"] for c in chunk])
    totals = {i["id"]: i["value"] async for i in produce(4)}
    print(totals)
    queue = asyncio.Queue()

    async def feed():
        async for item in produce(5):
            await queue.put(item["value"])
        await queue.put(None)

    async def drain():
        async def items():
            while True:
                v = await queue.get()
                if v is None:
                    return
                yield v
        return [v async for v in items()]

    _, drained = await asyncio.gather(feed(), drain())
    print(drained)
    print(f"{loop.time():.3f}")


asyncio.run(main())

import asyncio
class Job:
    def __init__(self, p, name): self.p, self.name = p, name
    def __lt__(self, other): return self.p < other.p
    def __repr__(self): return f"Job({self.p}, {self.name!r})"
async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "a2"), (5, "e"), (0, "z"), (2, "b2")]:
        pq.put_nowait(item)
    print(pq)
    print([pq.get_nowait() for _ in range(pq.qsize())])
    jq = asyncio.PriorityQueue()
    for j in [Job(2, "x"), Job(1, "y"), Job(2, "w"), Job(1, "v"), Job(0, "u")]:
        await jq.put(j)
    while not jq.empty():
        print(await jq.get(), end=" ")
    print()
    lq = asyncio.LifoQueue(maxsize=2)
    await lq.put(1); await lq.put(2)
    print(lq, lq.full())
    async def late():
        await asyncio.sleep(1); print("got", await lq.get())
    t = asyncio.create_task(late())
    await lq.put(3)
    print(lq, [lq.get_nowait() for _ in range(lq.qsize())])
    await t
    bad = asyncio.PriorityQueue()
    bad.put_nowait({"a": 1})
    try:
        bad.put_nowait({"b": 2})
    except TypeError as e:
        print("TypeError", e)
asyncio.run(main())

import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return name, delay * 10


async def main():
    jobs = [("a", 0.3), ("b", 0.1), ("c", 0.2), ("d", 0.4)]
    results = await asyncio.gather(*(fetch(n, d) for n, d in jobs))
    first, *others, last = results
    print("first:", first)
    print("others:", others)
    print("last:", last)
    (name, score), *_ = results
    print(name, score)
    merged = {**dict(results[:2]), **dict(results[2:]), "total": sum(s for _, s in results)}
    print(merged)
    names = [*(n for n, _ in results), "z"]
    print(names, (*names[:2], "end"))
    for label, *values in [("x", 1, 2), ("y",)]:
        print(label, values)
    try:
        a, b, *rest = await asyncio.gather(fetch("only", 0))
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())

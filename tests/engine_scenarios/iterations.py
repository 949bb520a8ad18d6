import asyncio


async def job(name, d):
    await asyncio.sleep(d)
    return name


async def main():
    loop = asyncio.get_running_loop()
    count = [0]
    orig = loop._run_once

    def ro():
        count[0] += 1
        orig()

    loop._run_once = ro

    def mark(what):
        print(what, count[0], loop.time())

    mark("start")
    await asyncio.sleep(0)
    mark("sleep0")
    await asyncio.sleep(0.5)
    mark("sleep")
    ts = [asyncio.create_task(job(n, d)) for n, d in [("x", 3), ("y", 1), ("z", 2)]]
    for c in asyncio.as_completed(ts):
        r = await c
        mark(f"as_completed {r}")
    try:
        for c in asyncio.as_completed([asyncio.create_task(job("slow", 5))], timeout=1):
            await c
    except asyncio.TimeoutError:
        mark("as_completed timeout")
    await asyncio.gather(job("g1", 1), job("g2", 0))
    mark("gather")
    f = loop.create_future()
    loop.call_later(1, f.set_result, 7)
    print("future", await f)
    mark("future")


asyncio.run(main())

import asyncio

def no_addr(o):
    words = repr(o).split(' ')
    return ' '.join(w for i, w in enumerate(words) if not w.startswith('0x') and not (w == 'at' and i + 1 < len(words) and words[i + 1].startswith('0x')))

async def worker(n):
    await asyncio.sleep(n)
    return "x" * 50
def cb(fut, extra=None):
    print("done", fut)
async def main():
    ts = [asyncio.create_task(worker(i), name=f"w{i}") for i in range(3)]
    for t in ts:
        t.add_done_callback(cb)
        t.add_done_callback(print)
    ts[0].add_done_callback(cb)
    print(ts)
    await asyncio.gather(*ts)
    print(ts[2])
    loop = asyncio.get_running_loop()
    h = loop.call_later(5, cb, [1] * 10, {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5})
    print(h)
    h.cancel()
    print(h)
    h2 = loop.call_soon(cb, "y" * 40)
    print(h2); h2.cancel(); print(h2)
    q = asyncio.Queue(2)
    print(no_addr(q), str(q))
    c = asyncio.Condition(); print(no_addr(c))
    s = asyncio.BoundedSemaphore(1); await s.acquire(); print(no_addr(s))
    e = asyncio.Event(); e.set(); print(no_addr(e))
    lock = asyncio.Lock()
    async def hold():
        async with lock:
            await asyncio.sleep(1)
    a = asyncio.create_task(hold()); b = asyncio.create_task(hold())
    await asyncio.sleep(0.5)
    print(no_addr(lock), a, b)
    await asyncio.gather(a, b)
    f = loop.create_future(); f.cancel(); print(f)
    f = loop.create_future(); f.set_exception(KeyError("k")); print(f); f.exception()
asyncio.run(main())

import asyncio

def no_addr(o):
    words = repr(o).split(' ')
    return ' '.join(w for i, w in enumerate(words) if not w.startswith('0x') and not (w == 'at' and i + 1 < len(words) and words[i + 1].startswith('0x')))

async def worker(n):
    await asyncio.sleep(1)
    return n
async def bad():
    raise ValueError("x")
async def main():
    t = asyncio.create_task(worker(3))
    print(t)
    await asyncio.sleep(0)
    print(t)
    await t
    print(t)
    b = asyncio.create_task(bad(), name="bad-one")
    await asyncio.sleep(0)
    print(b)
    b.exception()
    c = asyncio.create_task(worker(1))
    await asyncio.sleep(0)
    c.cancel()
    print(no_addr(c))
    await asyncio.sleep(0)
    print(no_addr(c))
    f = asyncio.get_running_loop().create_future()
    print(f)
    f.add_done_callback(lambda f: None)
    print(f)
    f.set_result([1])
    print(f)
    g = asyncio.gather(worker(1), worker(2))
    print(g)
    l = asyncio.Lock(); print(no_addr(l))
    await l.acquire(); print(no_addr(l))
    e = asyncio.Event(); print(no_addr(e))
    s = asyncio.Semaphore(2); print(no_addr(s))
    q = asyncio.Queue(); q.put_nowait(1); print(q)
    h = asyncio.get_running_loop().call_later(1, print, 1); print(h)
    h2 = asyncio.get_running_loop().call_soon(print, 1); print(h2)
    print(await g)
asyncio.run(main())

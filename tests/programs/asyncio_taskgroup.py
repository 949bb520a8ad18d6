import asyncio
async def work(n, fail=False):
    await asyncio.sleep(n)
    if fail:
        raise ValueError(f"job {n} failed")
    print("done", n)
    return n * 10
async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work(1))
        t2 = tg.create_task(work(2), name="second")
        print(tg)
    print(t1.result(), t2.result(), t2.get_name(), tg)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work(1))
            tg.create_task(work(2, fail=True))
            tg.create_task(work(3))
            tg.create_task(work(2.5, fail=True))
    except* ValueError as eg:
        print("caught", [str(e) for e in eg.exceptions])
    print(asyncio.get_running_loop().time())
    async with asyncio.TaskGroup() as tg:
        tg.create_task(work(0.5, fail=True))
        await asyncio.sleep(1)
asyncio.run(main())

import asyncio
async def sleeper(n, name):
    try:
        await asyncio.sleep(n)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
async def main():
    tg = asyncio.TaskGroup()
    early = sleeper(1, "early")
    try:
        tg.create_task(early)
    except RuntimeError as e:
        print("RuntimeError:", e)
    early.close()
    try:
        async with tg:
            tg.create_task(sleeper(1, "a"))
            await asyncio.sleep(0.5)
            raise KeyError("body failed")
    except* KeyError as eg:
        print("body error:", repr(eg.exceptions[0]))
    late = sleeper(1, "late")
    try:
        tg.create_task(late)
    except RuntimeError as e:
        print("RuntimeError:", e)
    late.close()
    async def outer():
        async with asyncio.TaskGroup() as g:
            g.create_task(sleeper(5, "inner"))
            await asyncio.sleep(10)
    t = asyncio.create_task(outer())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled", t.cancelled())
    async with asyncio.TaskGroup() as g:
        results = [g.create_task(asyncio.sleep(i / 10, result=i)) for i in range(3)]
    print([r.result() for r in results], asyncio.get_running_loop().time())
    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(sleeper(1, "x"))
            g.create_task(asyncio.sleep(0.1, result=1)).add_done_callback(lambda t: print("done cb", t.result()))
            async def boom(): 
                await asyncio.sleep(0.2)
                1 / 0
            g.create_task(boom())
            async def boom2():
                await asyncio.sleep(0.2)
                raise ValueError("v")
            g.create_task(boom2())
    except ExceptionGroup as eg:
        print(eg, [type(e).__name__ for e in eg.exceptions])
asyncio.run(main())

import asyncio


async def guarded(name, lock, log):
    for i in range(2):
        async with lock:
            log.append(f"{name}{i}")
            if name == "c" and i == 1:
                return "c returned inside async with"
            await asyncio.sleep(0.1)
    try:
        async with lock:
            raise ValueError(f"{name} failed")
    except ValueError as e:
        log.append(str(e))
    return f"{name} done, locked={lock.locked()}"


async def main():
    lock = asyncio.Lock()
    log = []
    results = await asyncio.gather(guarded("a", lock, log), guarded("b", lock, log), guarded("c", lock, log))
    print(results)
    print(log, lock.locked())


asyncio.run(main())

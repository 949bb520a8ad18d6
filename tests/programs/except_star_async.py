import asyncio


async def fetch(i):
    await asyncio.sleep(i / 10)
    if i % 2:
        raise ValueError(f"bad {i}")
    if i == 4:
        raise KeyError(i)
    return i


async def main():
    results = await asyncio.gather(*(fetch(i) for i in range(6)), return_exceptions=True)
    errors = [r for r in results if isinstance(r, Exception)]
    try:
        raise ExceptionGroup("fetches", errors)
    except* ValueError as eg:
        for e in eg.exceptions:
            await asyncio.sleep(0.1)
            print("retrying after", e)
    except* KeyError as eg:
        await asyncio.sleep(0.1)
        print("missing keys:", [e.args[0] for e in eg.exceptions])
    print("done at", asyncio.get_running_loop().time())


def gen():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        yield "value handled"
    except* TypeError:
        yield "type handled"


print(list(gen()))
asyncio.run(main())

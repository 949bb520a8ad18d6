# asend() and athrow(): sending values into an async generator and raising
# exceptions where it is suspended.
import asyncio


async def running_total():
    total = 0
    while True:
        try:
            value = yield total
        except ValueError as e:
            print("  generator caught:", e)
            total = 0
            continue
        await asyncio.sleep(0.1)
        if value is not None:
            total += value


async def echo():
    received = yield "ready"
    while received != "stop":
        received = yield f"echo {received}"


async def main():
    acc = running_total()
    print(await acc.asend(None))
    print(await acc.asend(5))
    print(await acc.asend(10))
    print(await acc.athrow(ValueError("reset")))
    print(await acc.asend(7))
    await acc.aclose()

    e = echo()
    print(await anext(e))
    print(await e.asend("hello"))
    print(await e.asend("world"))
    try:
        await e.asend("stop")
    except StopAsyncIteration:
        print("echo finished")
    try:
        await e.asend("again")
    except StopAsyncIteration:
        print("still finished")

    # athrow of an exception the generator does not catch: it escapes to
    # the awaiting code, and the generator is finished.
    g = echo()
    await anext(g)
    try:
        await g.athrow(KeyError("missing"))
    except KeyError as err:
        print("escaped:", repr(err))
    print(await anext(g, "g is finished"))

    # the awaitables themselves
    aw = acc.asend(None)
    print(type(aw).__name__, type(acc.athrow(ValueError)).__name__, type(acc.aclose()).__name__)
    fresh = running_total()
    step = fresh.asend(None)
    print(await step)
    try:
        await step
    except RuntimeError as err:
        print("RuntimeError:", err)
    try:
        await fresh.asend(1, 2)
    except TypeError as err:
        print("TypeError:", err)
    try:
        await anext(fresh.asend(None))
    except TypeError as err:
        print("TypeError:", err)
    try:
        await anext([1, 2])
    except TypeError as err:
        print("TypeError:", err)
    try:
        aiter(42)
    except TypeError as err:
        print("TypeError:", err)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as err:
        print("TypeError:", err)
    try:
        for x in running_total():
            pass
    except TypeError as err:
        print("TypeError:", err)
    print(aiter(fresh) is fresh)
    await fresh.aclose()


asyncio.run(main())

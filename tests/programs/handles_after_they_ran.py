# Handles keep answering after they ran, were cancelled, or their slot went
# to a later handle: cancelled(), when(), cancel() again, repr; callbacks
# with no, one, two and many arguments; task names made when read.
import asyncio

log = []


def note(*args):
    log.append(args)


async def worker(i):
    await asyncio.sleep(i / 10)
    return i


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    ran = loop.call_soon(note)
    one = loop.call_soon(note, 1)
    two = loop.call_later(0.5, note, 1, 2)
    many = loop.call_at(start + 0.25, note, 1, 2, 3, 4)
    dropped = loop.call_later(0.75, note, "never")
    dropped.cancel()
    await asyncio.sleep(0)
    print("after one iteration:", log)
    print(ran.cancelled(), one.cancelled(), two.cancelled(), dropped.cancelled())
    # Many more handles: the slots of those that ran are reused.
    for i in range(1000):
        loop.call_soon(note, i)
    await asyncio.sleep(1)
    print(len(log), log[:3], log[-1])
    print(two.when() - start, many.when() - start, dropped.when() - start)
    print(two.cancelled(), many.cancelled(), dropped.cancelled())
    two.cancel()
    ran.cancel()
    print(two.cancelled(), ran.cancelled(), dropped.cancelled())
    print(type(two).__name__, type(ran).__name__)
    print(one)
    print(many)
    print(two)
    tasks = [asyncio.create_task(worker(i)) for i in range(5)]
    named = asyncio.create_task(worker(9), name="nine")
    tasks[2].set_name("two")
    print([t.get_name() for t in tasks], named.get_name())
    print(await asyncio.gather(*tasks))
    print([t.get_name() for t in tasks], tasks[0].get_coro().__qualname__)
    named.cancel()
    try:
        await named
    except asyncio.CancelledError:
        print("named cancelled", named.get_name(), named.cancelled())


asyncio.run(main())

import asyncio


async def slow(n):
    try:
        await asyncio.sleep(n)
        return f"slow {n} finished"
    except asyncio.CancelledError:
        print(f"slow {n} was cancelled")
        raise


async def main():
    print(await asyncio.wait_for(slow(0.5), timeout=1))
    try:
        await asyncio.wait_for(slow(2), timeout=1)
    except asyncio.TimeoutError:
        print("timed out at", asyncio.get_running_loop().time())
    inner = asyncio.create_task(slow(1))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.5)
    except asyncio.TimeoutError:
        print("shielded: inner still running?", not inner.done())
    print(await inner)


asyncio.run(main())

# Failed tasks that something still references are reported only when the
# last reference goes: when the variable is rebound or deleted, or when the
# coroutine holding a list of them returns (a list frees its items last to
# first). The default handler logs them on stderr.
import asyncio


async def job(n):
    await asyncio.sleep(0.1 * n)
    raise ValueError(f"job {n} failed")


async def main():
    first = asyncio.create_task(job(1))
    batch = [asyncio.create_task(job(n)) for n in (2, 3)]
    await asyncio.sleep(0.5)
    print("all failed; first done:", first.done())
    first = "rebound"
    print("after rebinding")
    await asyncio.sleep(0.1)
    print("main returns with", len(batch), "tasks")


asyncio.run(main())
print("after asyncio.run")

# Async generators left unfinished: one dropped after `break` is closed by
# the loop's finalizer hook (its aclose() runs as a task), one still
# referenced when main returns is closed by asyncio.run's
# loop.shutdown_asyncgens(); both run their finally blocks.
import asyncio

pending = []


async def pages(name, count):
    try:
        for page in range(1, count + 1):
            await asyncio.sleep(0.1)
            print(f"{name}: page {page}")
            yield page
    finally:
        print(f"{name}: cleaning up")
        await asyncio.sleep(0)
        print(f"{name}: cleaned up")


async def other():
    for i in range(4):
        print("other task", i)
        await asyncio.sleep(0)


async def main():
    task = asyncio.create_task(other())
    async for page in pages("first", 10):
        if page == 2:
            break
    print("after the loop")
    await asyncio.sleep(0)
    print("after sleep(0)")
    kept = pages("kept", 10)
    pending.append(kept)
    print("kept gave", await anext(kept))
    await task
    print("main done")


asyncio.run(main())
print("asyncio.run returned")

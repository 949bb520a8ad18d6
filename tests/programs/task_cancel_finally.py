import asyncio


async def forever(name):
    try:
        while True:
            await asyncio.sleep(1)
            print(name, "tick")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    finally:
        print(name, "cleanup")


async def main():
    t = asyncio.create_task(forever("A"))
    asyncio.create_task(forever("B"))
    await asyncio.sleep(2.5)
    t.cancel()
    await asyncio.sleep(0)
    print("A cancelled?", t.cancelled())
    print("main returns; B is cancelled by asyncio.run")


asyncio.run(main())

import asyncio


async def waiter(name, event):
    print(f"{name} waits for the event")
    await event.wait()
    print(f"{name} saw the event")


async def main():
    event = asyncio.Event()
    waiters = [asyncio.create_task(waiter(name, event)) for name in "XYZ"]
    await asyncio.sleep(1)
    print("setting the event")
    event.set()
    await asyncio.gather(*waiters)


asyncio.run(main())

import asyncio


async def consumer(name, condition):
    async with condition:
        print(f"{name} waits")
        await condition.wait()
        print(f"{name} notified")


async def main():
    condition = asyncio.Condition()
    consumers = [asyncio.create_task(consumer(name, condition)) for name in "ABCD"]
    await asyncio.sleep(1)
    async with condition:
        print("notify(2)")
        condition.notify(2)
    await asyncio.sleep(1)
    async with condition:
        print("notify_all()")
        condition.notify_all()
    await asyncio.gather(*consumers)


asyncio.run(main())

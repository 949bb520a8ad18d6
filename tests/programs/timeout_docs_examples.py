import asyncio


async def long_running_task():
    await asyncio.sleep(10)
    print("never")


async def main():
    try:
        async with asyncio.timeout(1) as cm:
            print(cm.expired(), cm.when())
            await long_running_task()
    except TimeoutError:
        print("The long operation timed out, but we've handled it.")
    print("This statement will run regardless.", cm.expired(), asyncio.get_running_loop().time())

    async with asyncio.timeout(None) as cm:
        new_deadline = asyncio.get_running_loop().time() + 0.5
        cm.reschedule(new_deadline)
        try:
            await asyncio.sleep(2)
        except asyncio.CancelledError:
            print("cancelled inside")
            raise
    print("unreachable")


async def outer():
    try:
        await main()
    except TimeoutError as e:
        print("outer caught TimeoutError", type(e.__cause__).__name__)

    async with asyncio.timeout_at(asyncio.get_running_loop().time() + 5) as cm:
        await asyncio.sleep(0.1)
    print("fast enough", cm.expired())


asyncio.run(outer())

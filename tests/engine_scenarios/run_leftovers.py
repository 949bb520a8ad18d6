import asyncio


async def bg():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("bg caught CancelledError")
        raise


async def main():
    asyncio.create_task(bg())
    await asyncio.sleep(1)
    print("main done", asyncio.get_running_loop().time())


asyncio.run(main())
print("second run")


async def m2():
    print(asyncio.current_task().get_name())


asyncio.run(m2())

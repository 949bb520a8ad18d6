import asyncio


def bad(fut):
    raise RuntimeError("callback failed: " + fut.result())


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(bad)
    fut.set_result("x")
    await asyncio.sleep(0)
    print("main goes on")


asyncio.run(main())

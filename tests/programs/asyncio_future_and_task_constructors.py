# asyncio.Future() and asyncio.Task(coro) called directly inside a running
# loop, as older tutorials do, instead of create_future() / create_task().
import asyncio


async def greet(name):
    await asyncio.sleep(0.2)
    return f"hello {name}"


async def main():
    fut = asyncio.Future()
    task = asyncio.Task(greet("ada"), name="greeter")
    print(fut)
    print(task)
    print(type(fut).__name__, type(task).__name__, fut.get_loop() is asyncio.get_running_loop())
    asyncio.get_running_loop().call_later(0.1, fut.set_result, 7)
    print(await fut, await task)
    print(task)
    try:
        asyncio.Task(42)
    except TypeError as exc:
        print("TypeError:", exc)
    gathered = asyncio.gather(greet("bob"))
    print(await gathered)
    gathered.get_name()


asyncio.run(main())

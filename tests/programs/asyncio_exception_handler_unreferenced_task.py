# A custom exception handler, as the asyncio docs set one: a task nobody
# keeps a reference to fails, and the loop reports "Task exception was never
# retrieved" the moment the task is freed -- right after its failing step,
# or after its last done callback -- between the program's own lines.
import asyncio


def handle_exception(loop, context):
    msg = context.get("exception", context["message"])
    print(f"Caught exception: {msg!r}")
    print(f"  message: {context['message']}")
    print(f"  future: {context['future'].get_name()}")


async def download(url, delay):
    await asyncio.sleep(delay)
    if "bad" in url:
        raise ConnectionError(f"cannot reach {url}")
    print(f"downloaded {url}")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handle_exception)
    asyncio.create_task(download("https://example.com/good", 0.1))
    asyncio.create_task(download("https://example.com/bad", 0.2))
    asyncio.ensure_future(download("https://bad.example.com", 0.35))
    watched = asyncio.create_task(download("https://example.com/bad-too", 0.05))
    watched.add_done_callback(lambda t: print("done callback for", t.get_name()))
    watched = None
    for tick in range(5):
        print("tick", tick)
        await asyncio.sleep(0.1)
    print("main done")


asyncio.run(main())
print("after asyncio.run")

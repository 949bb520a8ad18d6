# shutdown_default_executor runs in a thread of its own in CPython, so the
# threads made afterwards are numbered after it (and after asyncio.run's own).
import asyncio
import threading


def who():
    return threading.current_thread().name


async def main():
    loop = asyncio.get_running_loop()
    print("to_thread ran on", await asyncio.to_thread(who))
    await loop.shutdown_default_executor()
    t = threading.Thread(target=who)
    t.start()
    t.join()
    print("next thread:", t.name)
    print("running:", loop.is_running(), asyncio.get_running_loop().is_running())


asyncio.run(main())
print("after run:", threading.Thread(target=who).name)

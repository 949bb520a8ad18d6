# loop.run_in_executor with an executor of our own, next to the default one,
# and shutdown_default_executor when no default executor was ever made.
import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def work(label, seconds):
    time.sleep(seconds)
    return f"{label} on {threading.current_thread().name} after {seconds}s"


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="solo") as solo:
        first = loop.run_in_executor(solo, work, "a", 2)
        second = loop.run_in_executor(solo, work, "b", 1)
        third = loop.run_in_executor(None, work, "c", 1)
        for result in await asyncio.gather(first, second, third):
            print(result)
        print("at", loop.time())


asyncio.run(main())
other = asyncio.new_event_loop()
other.run_until_complete(other.shutdown_default_executor())
print("nothing to shut down on a fresh loop:", other.is_closed())
other.close()

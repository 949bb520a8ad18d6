# loop.set_default_executor: asyncio.to_thread and run_in_executor(None, ...)
# run on the executor we give the loop, here two workers for five jobs.
import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def blocking_job(n):
    name = threading.current_thread().name
    print(f"job {n} starts on {name}")
    time.sleep(1)
    print(f"job {n} ends on {name}")
    return n * n


async def main():
    loop = asyncio.get_running_loop()
    loop.set_default_executor(ThreadPoolExecutor(max_workers=2))
    start = loop.time()
    results = await asyncio.gather(*(asyncio.to_thread(blocking_job, n) for n in range(5)))
    print("results:", results)
    print(f"took {loop.time() - start:.1f}s")
    square = await loop.run_in_executor(None, blocking_job, 7)
    print("run_in_executor(None, ...):", square)
    try:
        loop.set_default_executor("not an executor")
    except TypeError as e:
        print("TypeError:", e)
    await loop.shutdown_default_executor()
    print("default executor shut down")
    try:
        await asyncio.to_thread(blocking_job, 9)
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
print("after run")

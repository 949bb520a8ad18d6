import threading
import time
from concurrent.futures import ThreadPoolExecutor


def work(n):
    time.sleep(n / 10)
    print(f"{time.perf_counter():.1f} {threading.current_thread().name} did {n}")
    return n * n


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(work, n) for n in (3, 1, 2)]
    print("submitted", [f.done() for f in futures])
    print([f.result() for f in futures])
    print(list(pool.map(work, [4, 1])))

executor = ThreadPoolExecutor()
print(executor.submit(work, 5).result())
executor.shutdown()


def fail():
    raise KeyError("nope")


with ThreadPoolExecutor(1, thread_name_prefix="solo") as p:
    f = p.submit(fail)
    print(repr(f.exception()))
    try:
        f.result()
    except KeyError as e:
        print("result raised", repr(e))
print("end", time.perf_counter())

import queue
import threading
import time

q = queue.Queue()


def producer():
    for i in range(3):
        time.sleep(0.5)
        q.put(i)
        print(f"{time.perf_counter():.1f} put {i}")
    q.put(None)


def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        print(f"{time.perf_counter():.1f} got {item}")


threads = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("empty:", q.empty(), q.qsize())
try:
    q.get(timeout=1)
except queue.Empty:
    print("nothing after 1 s", time.perf_counter())
try:
    q.get_nowait()
except queue.Empty as e:
    print("get_nowait raised", type(e).__name__)

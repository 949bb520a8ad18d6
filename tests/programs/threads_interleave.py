import threading
import time

lock = threading.Lock()
log = []


def worker(name, delay, rounds):
    for i in range(rounds):
        time.sleep(delay)
        with lock:
            print(f"{time.perf_counter():.2f} {threading.current_thread().name} round {i}")
    log.append(name)


def grabber():
    print("grabber got it:", lock.acquire(timeout=0.5))
    time.sleep(1)
    lock.release()
    print("grabber released at", time.perf_counter())


threads = [threading.Thread(target=worker, args=(n, d, 3), name=n) for n, d in [("fast", 0.3), ("slow", 0.7)]]
for t in threads:
    t.start()
print("started", [t.is_alive() for t in threads])
g = threading.Thread(target=grabber)
g.start()
time.sleep(0.1)
print("main sees lock", lock.locked())
threads[1].join(timeout=0.5)
print("slow alive after 0.5s wait:", threads[1].is_alive(), time.perf_counter())
for t in threads:
    t.join()
g.join()
print(log, time.perf_counter())


def boom():
    time.sleep(0.2)
    raise ValueError("from a thread")


b = threading.Thread(target=boom, name="boomer")
b.start()
b.join()
print("main goes on", threading.current_thread().name)

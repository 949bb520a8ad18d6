import time
from multiprocessing import Pool


def square(x):
    time.sleep(1)
    return x * x


def collect(result):
    print("callback got", result, time.perf_counter())


if __name__ == "__main__":
    pool = Pool(2)
    results = [pool.apply_async(square, (i,), callback=collect) for i in range(5)]
    print("ready?", [r.ready() for r in results])
    print([r.get() for r in results])
    print(pool.map(square, [7, 8, 9]))
    pool.close()
    pool.join()
    print("joined at", time.perf_counter())

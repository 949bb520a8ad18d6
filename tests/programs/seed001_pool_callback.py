# From seed 001 (adapted: the fragment's indentation restored and its callback defined, as in the gallery).
from multiprocessing import Pool


def f(x):
    return x * x


def callback(result):  # looplab: the seed uses a callback it never shows
    print("callback got", result)


if __name__ == '__main__':
    pool = Pool(processes=1)
    # Start a worker processes.
    result = pool.apply_async(f, [10], callback=callback)
    # Evaluate "f(10)" asynchronously calling callback when finished.
    print("result:", result.get())
    pool.close()
    pool.join()

import time
import random
from random import randint

def main():
    print("name is", __name__)
    t0 = time.time()
    time.sleep(1.5)
    print("elapsed", time.time() - t0, time.perf_counter(), time.monotonic())

if __name__ == "__main__":
    main()
    random.seed(7)
    print(randint(1, 100), random.random())

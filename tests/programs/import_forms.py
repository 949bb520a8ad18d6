import time as t
import random as rnd
from random import seed, randint as ri
from time import sleep, perf_counter
seed(3)
print(ri(1, 1000), rnd.randint(1, 1000))
sleep(0.25)
t.sleep(0.5)
print(perf_counter(), t.time(), t.monotonic())

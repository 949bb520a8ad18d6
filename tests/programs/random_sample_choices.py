# random's sample / choices / gauss / expovariate / triangular with a seed,
# as load generators for tasks: the same numbers as CPython.
import asyncio
import random


async def request(i, delay):
    await asyncio.sleep(delay)
    return i


async def main():
    random.seed(2024)
    delays = [round(random.expovariate(5), 3) for _ in range(5)]
    print(delays)
    done = []
    for coro in asyncio.as_completed([request(i, d) for i, d in enumerate(delays)]):
        done.append(await coro)
    print(done)


asyncio.run(main())
random.seed(42)
print(random.sample(range(100), 5), random.sample("abcdefgh", 3), random.sample(list(range(1000)), 10))
print(random.choices("abc", k=5), random.choices(["x", "y", "z"], weights=[10, 1, 1], k=6), random.choices([1, 2], cum_weights=[1, 5], k=4), random.choices("q"))
print(random.gauss(), random.gauss(10, 2), random.gauss(), random.normalvariate(0, 1), random.triangular(), random.triangular(0, 10, 8), random.expovariate(0.5))
random.seed(7)
print([round(random.gauss(100, 15), 2) for _ in range(5)])
for bad in (lambda: random.sample({1, 2}, 1), lambda: random.sample([1], 2), lambda: random.choices([], k=1), lambda: random.choices("ab", [1], k=1)):
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)

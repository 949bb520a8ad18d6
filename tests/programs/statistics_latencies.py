# Latency statistics of simulated requests, as load-testing posts print them.
import asyncio
import random
import statistics


async def request(i):
    delay = random.uniform(0.05, 0.5)
    start = asyncio.get_running_loop().time()
    await asyncio.sleep(delay)
    return asyncio.get_running_loop().time() - start


async def main():
    random.seed(99)
    latencies = await asyncio.gather(*(request(i) for i in range(20)))
    print(f"mean={statistics.mean(latencies):.4f} median={statistics.median(latencies):.4f}")
    print(statistics.mean(latencies), statistics.median(latencies), statistics.stdev(latencies), statistics.pstdev(latencies))
    print(statistics.variance(latencies), statistics.fmean(latencies), max(latencies), min(latencies))


asyncio.run(main())
print(statistics.mean([1, 2, 3, 4, 4]), statistics.mean([1, 2, 3]), statistics.mean([1, 2]), statistics.mean([0.1, 0.2, 0.3]))
print(statistics.mean([1e50, 1, -1e50] * 10), statistics.mean([1, 2.5]), statistics.median([1, 3, 5]), statistics.median([1, 3, 5, 7]))
print(statistics.median([2, 4]), statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.mode([1, 2, 2, 3, 3]))
print(statistics.mode(["a", "b", "b"]), statistics.variance([1, 2, 3, 4]), statistics.variance([1, 3, 5]), statistics.pvariance([1, 2, 3, 4]))
print(statistics.stdev([1, 2, 3, 4]), statistics.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), statistics.stdev([0.1, 0.2, 0.4]), statistics.fmean([1, 2, 3]))
print(statistics.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), statistics.stdev(range(10)), statistics.mean(range(1, 101)))
for bad in (lambda: statistics.mean([]), lambda: statistics.median([]), lambda: statistics.stdev([1]), lambda: statistics.variance([])):
    try:
        bad()
    except statistics.StatisticsError as e:
        print(type(e).__name__, e)
try:
    statistics.pstdev([])
except ValueError as e:
    print("ValueError", e)

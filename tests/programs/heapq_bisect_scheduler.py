# A priority scheduler with heapq feeding asyncio tasks, and bisect for
# sorted deadlines.
import asyncio
import bisect
import heapq
import random


async def run(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def main():
    random.seed(11)
    queue = []
    for i in range(8):
        heapq.heappush(queue, (random.randint(1, 5), i, f"job{i}"))
    print(queue)
    order = []
    while queue:
        priority, i, name = heapq.heappop(queue)
        order.append(name)
        print(f"{name} (priority {priority}) ->", await run(name, priority / 10))
    print(order)
    deadlines = []
    for d in [3.5, 1.25, 2.0, 2.0, 5.0]:
        bisect.insort(deadlines, d)
    print(deadlines, bisect.bisect_left(deadlines, 2.0), bisect.bisect_right(deadlines, 2.0), bisect.bisect(deadlines, 9))


asyncio.run(main())
h = [5, 1, 4, 1, 3, 9, 2, 6]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h, [heapq.heappop(h) for _ in range(len(h))])
print(heapq.nsmallest(3, [5, 1, 4, 1, 3]), heapq.nlargest(2, ["bb", "a", "ccc"], key=len), list(heapq.merge([1, 3, 5], [2, 4], [0])))
grades = [60, 70, 80, 90]
print([("FDCBA"[bisect.bisect(grades, s)]) for s in [33, 99, 77, 70, 89, 90, 100]])
print(bisect.bisect_left([1, 2, 3], 2, key=lambda x: x), bisect.bisect_right(["a", "bb", "ccc"], 2, key=len))
for bad in (lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heappush([1], "a"), lambda: bisect.bisect([1], 1, -1)):
    try:
        bad()
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)

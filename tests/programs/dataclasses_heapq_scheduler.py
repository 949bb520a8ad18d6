# A timer wheel as blog posts sketch one: order=True dataclasses in a heapq
# heap, popped by a coroutine on the virtual clock.
import asyncio
import heapq
from collections import deque
from dataclasses import dataclass, field


@dataclass(order=True)
class Timer:
    when: float
    seq: int
    name: str = field(compare=False)
    fired: list = field(default_factory=list, compare=False, repr=False)


async def run_timers(timers):
    loop = asyncio.get_running_loop()
    heap = []
    for t in timers:
        heapq.heappush(heap, t)
    print("first:", heap[0])
    while heap:
        t = heapq.heappop(heap)
        await asyncio.sleep(max(0.0, t.when - loop.time()))
        t.fired.append(loop.time())
        print(f"{loop.time():.2f} fire {t.name} {t.fired}")


timers = [Timer(0.3, 1, "flush"), Timer(0.1, 2, "ping"), Timer(0.3, 0, "save"), Timer(0.2, 3, "poll")]
heapq.heapify(timers)
print([t.name for t in timers])
print(heapq.nsmallest(2, timers), heapq.heappushpop(timers, Timer(0.0, 9, "now")))
asyncio.run(run_timers(list(timers)))
try:
    @dataclass
    class Window:
        recent: deque = deque(maxlen=3)
except ValueError as e:
    print(e)
try:
    heapq.heappush(timers, "not a timer")
except TypeError as e:
    print(e)
print(len(timers))

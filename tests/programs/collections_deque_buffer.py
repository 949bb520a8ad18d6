# A bounded deque as the buffer between a producer and a consumer task,
# and a sliding window of the last readings.
import asyncio
from collections import deque


async def producer(buffer, n):
    for i in range(n):
        buffer.append(f"job-{i}")
        print(f"produced job-{i}, buffer={buffer}")
        await asyncio.sleep(0.1)


async def consumer(buffer):
    done = []
    while len(done) < 3:
        if buffer:
            job = buffer.popleft()
            print(f"consumed {job}")
            done.append(job)
        await asyncio.sleep(0.25)
    return done


async def main():
    buffer = deque(maxlen=3)
    results = await asyncio.gather(producer(buffer, 6), consumer(buffer))
    print("left over:", buffer, len(buffer), buffer.maxlen)
    print("consumed:", results[1])

    window = deque(maxlen=4)
    for reading in [3, 5, 8, 13, 21, 34]:
        window.append(reading)
        print(f"{list(window)} avg={sum(window) / len(window):.2f}")

    d = deque(range(5))
    d.rotate(2)
    print(d, d[0], d[-1], 3 in d)
    d.rotate(-3)
    d.appendleft("first")
    d.extendleft(["b", "a"])
    d.extend("xy")
    print(d, d.count("x"), d.index("first"))
    d.remove("x")
    d.reverse()
    print(d, d.pop(), d.popleft(), d.copy(), deque(), deque("abc", 2))
    print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], bool(deque()))
    for bad in (lambda: deque().popleft(), lambda: deque().pop(), lambda: d.remove(99), lambda: deque(maxlen=-1)):
        try:
            bad()
        except (IndexError, ValueError) as e:
            print(type(e).__name__, e)


asyncio.run(main())

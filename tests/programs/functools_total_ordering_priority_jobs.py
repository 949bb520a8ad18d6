# Jobs ordered with functools.total_ordering, served by priority from an
# asyncio.PriorityQueue by a pool of workers.
import asyncio
from functools import total_ordering


@total_ordering
class Job:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __eq__(self, other):
        if not isinstance(other, Job):
            return NotImplemented
        return (self.priority, self.name) == (other.priority, other.name)

    def __lt__(self, other):
        if not isinstance(other, Job):
            return NotImplemented
        return (self.priority, self.name) < (other.priority, other.name)

    def __repr__(self):
        return f"Job({self.priority}, {self.name!r})"


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __ge__(self, other):
        return self.parts >= other.parts


async def worker(name, queue, done):
    while True:
        job = await queue.get()
        await asyncio.sleep(0.1)
        done.append(job.name)
        print(f"{name} ran {job!r}")
        queue.task_done()


async def main():
    queue = asyncio.PriorityQueue()
    for job in [Job(3, "cleanup"), Job(1, "deploy"), Job(2, "test"), Job(1, "build"), Job(2, "lint")]:
        queue.put_nowait(job)
    done = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, done)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print("order:", done)

    a, b = Job(1, "a"), Job(2, "b")
    print(a < b, a <= b, a > b, a >= b, a == b, a != b)
    print(a <= Job(1, "a"), a >= Job(1, "a"))
    print(sorted([b, a, Job(0, "z")], reverse=True))
    print(max(a, b), min(a, b))
    print(Job.__gt__.__name__, Job.__le__.__doc__)
    print(Job.__lt__.__name__)
    print(a.__gt__(5), a.__ge__("x"))

    v1, v2 = Version("1.2.0"), Version("1.10.1")
    print(v1 < v2, v1 <= v2, v1 > v2, v1 >= v2)
    print(sorted(["3.1", "1.10", "1.9"], key=Version))
    print(Version.__lt__.__doc__)

    try:
        a < 5
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())

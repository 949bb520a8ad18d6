# A dataclass-like Job ordered by priority: __lt__ lets sorted(), min(),
# max() and list.sort() order jobs; a plain list kept sorted serves as the
# queue that asyncio workers take from.
import asyncio


class Job:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __repr__(self):
        return f"Job(priority={self.priority!r}, name={self.name!r})"

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.priority, self.name) == (other.priority, other.name)

    def __lt__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.priority, self.name) < (other.priority, other.name)

    def __le__(self, other):
        return self == other or self < other


jobs = [Job(3, "backup"), Job(1, "deploy"), Job(2, "test"), Job(1, "build")]
print(sorted(jobs))
print(sorted(jobs, reverse=True))
print(min(jobs), max(jobs))
print(sorted(jobs, key=lambda j: j.name)[0])
jobs.sort()
print([j.name for j in jobs])
print(Job(1, "a") <= Job(1, "a"), Job(2, "a") > Job(1, "z"), Job(1, "a") >= Job(1, "b"))
print(Job(1, "x") in jobs, Job(1, "build") in jobs, jobs.index(Job(2, "test")))
print(Job(1, "a") == 1, Job(1, "a") != "a", (1).__class__, "s".__class__ is str, jobs[0].__class__.__name__)

# Ties on the first element of a tuple compare the Jobs themselves.
pairs = [(2, Job(5, "late")), (1, Job(9, "b")), (1, Job(0, "a"))]
print(sorted(pairs))


class Traced:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        print(f"  {self.n} < {other.n}?")
        return self.n < other.n

    def __repr__(self):
        return f"T{self.n}"


print(sorted([Traced(n) for n in [3, 1, 4, 1, 5, 9, 2, 6]]))
print(sorted([Traced(n) for n in [5, 4, 3, 2, 1]]))


async def worker(name, queue, done):
    while queue:
        job = queue.pop(0)
        print(f"{name} runs {job.name} (priority {job.priority})")
        await asyncio.sleep(job.priority * 0.1)
        done.append(job)


async def main():
    queue = []
    for job in [Job(3, "report"), Job(1, "alert"), Job(2, "sync"), Job(1, "audit")]:
        queue.append(job)
        queue.sort()
    done = []
    await asyncio.gather(worker("w1", queue, done), worker("w2", queue, done))
    print("done:", [j.name for j in done])
    print("slowest:", max(done))


asyncio.run(main())
sorted([Job(1, "a"), 2])

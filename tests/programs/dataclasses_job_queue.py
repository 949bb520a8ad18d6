# A priority job queue as blog posts build it: an order=True dataclass whose
# payload is left out of comparisons, consumed by asyncio workers.
import asyncio
import json
from dataclasses import dataclass, field, asdict, replace, fields


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    retries: int = field(default=0, compare=False, repr=False)
    tags: list[str] = field(default_factory=list, compare=False)


@dataclass
class Result:
    job: Job
    worker: str
    took: float


async def worker(name, queue, results):
    while True:
        job = await queue.get()
        started = asyncio.get_running_loop().time()
        await asyncio.sleep(0.1 * job.priority)
        results.append(Result(job, name, round(asyncio.get_running_loop().time() - started, 2)))
        print(f"{name} finished {job}")
        queue.task_done()


async def main():
    queue = asyncio.PriorityQueue()
    jobs = [Job(3, "backup"), Job(1, "email", tags=["urgent"]), Job(2, "report"), Job(1, "alert", retries=2)]
    for job in jobs:
        queue.put_nowait(job)
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, results)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(sorted(jobs))
    print(Job(1, "a") == Job(1, "b"), Job(1, "a") < Job(2, "a"), Job(2, "x") >= Job(2, "y"))
    print(json.dumps([asdict(r) for r in results], indent=2))
    retry = replace(jobs[0], retries=jobs[0].retries + 1)
    print(retry, retry.retries, retry is jobs[0])
    print([(f.name, f.compare, f.repr) for f in fields(Job)])
    print(jobs[1].tags is not jobs[0].tags, Job.__match_args__)


asyncio.run(main())

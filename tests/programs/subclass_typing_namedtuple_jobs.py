# A job queue of typing.NamedTuple records, as blog posts write them: fields
# with defaults, methods and a property, sorted by priority, unpacked,
# replaced and turned into dicts around asyncio workers.
import asyncio
from typing import NamedTuple, Optional


class Job(NamedTuple):
    name: str
    priority: int = 0
    tags: Optional[list] = None

    def label(self) -> str:
        return f"{self.name}:{self.priority}"

    @property
    def urgent(self) -> bool:
        return self.priority > 5


async def worker(queue: asyncio.PriorityQueue, done: list) -> None:
    while True:
        _, job = await queue.get()
        await asyncio.sleep(0.1 * len(job.name))
        done.append(job)
        queue.task_done()


async def main():
    jobs = [Job("build", 3), Job("deploy", 9, ["prod"]), Job("test")]
    for j in sorted(jobs, key=lambda j: j.priority, reverse=True):
        print(j, j.label(), j.urgent)
    queue = asyncio.PriorityQueue()
    for j in jobs:
        queue.put_nowait((-j.priority, j))
    done = []
    task = asyncio.create_task(worker(queue, done))
    await queue.join()
    task.cancel()
    print([j.name for j in done])

    j = jobs[0]
    print(Job._fields, Job._field_defaults, j._asdict())
    bumped = j._replace(priority=7)
    print(bumped, bumped.label(), bumped.urgent, type(bumped).__name__)
    print(j == ("build", 3, None), j < Job("zzz"), sorted(jobs)[0])
    name, priority, tags = j
    print(name, priority, tags, len(j), j[0], j[-1], Job._make(["x", 1, []]))
    print(isinstance(j, tuple), isinstance(j, Job), type(j) is Job, repr(Job))
    print(hash(j) == hash(("build", 3, None)), {j: "seen"}[Job("build", 3)])
    try:
        Job()
    except TypeError as e:
        print("TypeError:", e)
    try:
        j.priority = 5
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        j.owner = "me"
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        class Broken(NamedTuple):
            first: int = 1
            second: str
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())

# IntEnum priorities in an asyncio.PriorityQueue.
import asyncio
from enum import IntEnum


class Priority(IntEnum):
    HIGH = 1
    MEDIUM = 2
    LOW = 3


async def producer(queue):
    jobs = [(Priority.LOW, "clean cache"), (Priority.HIGH, "serve user"),
            (Priority.MEDIUM, "send email"), (Priority.HIGH, "pay invoice")]
    for priority, job in jobs:
        await queue.put((priority, job))
        print(f"queued {job!r} at {priority!r}")


async def consumer(queue):
    while not queue.empty():
        priority, job = await queue.get()
        print(f"{priority.name:<6} {priority} {job}")
        await asyncio.sleep(0.1 * priority)
        queue.task_done()


async def main():
    queue = asyncio.PriorityQueue()
    await producer(queue)
    await consumer(queue)
    print(Priority.HIGH < Priority.LOW, Priority.LOW == 3, Priority.MEDIUM + 10, Priority(2))
    print(sorted([Priority.LOW, Priority.HIGH, 2]), max(Priority), min(Priority).name)
    print(f"{Priority.LOW:03d}", format(Priority.MEDIUM, ">4"), str(Priority.HIGH), isinstance(Priority.LOW, int))
    print({p: p * 10 for p in Priority}, list(Priority), [p.value for p in Priority])


asyncio.run(main())

# An iterator class feeding coroutines to asyncio.gather and tasks to
# asyncio.wait; a container of tasks with __len__ and __iter__.
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} done at {asyncio.get_running_loop().time():.1f}")
    return name.upper()


class Batch:
    """Yields one coroutine per URL, like a paginator over a job list."""

    def __init__(self, urls):
        self.urls = urls
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i == len(self.urls):
            raise StopIteration
        url = self.urls[self.i]
        self.i += 1
        return fetch(url, 0.1 * (len(self.urls) - self.i + 1))


class TaskSet:
    def __init__(self):
        self._tasks = []

    def spawn(self, coro):
        task = asyncio.create_task(coro)
        self._tasks.append(task)
        return task

    def __len__(self):
        return len(self._tasks)

    def __iter__(self):
        return iter(self._tasks)

    def __contains__(self, task):
        return task in self._tasks

    def __getitem__(self, i):
        return self._tasks[i]


async def main():
    results = await asyncio.gather(*Batch(["a", "b", "c"]))
    print(results)

    tasks = TaskSet()
    for n, d in [("x", 0.3), ("y", 0.1)]:
        tasks.spawn(fetch(n, d))
    print(len(tasks), bool(tasks), tasks[0] in tasks)
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [t.result() for t in done])
    print(await asyncio.gather(*tasks))
    print(sorted(t.result() for t in tasks))


asyncio.run(main())

# abc.ABC and @abstractmethod as OOP tutorials use them around asyncio:
# an abstract worker base, concrete workers, and the TypeError for a class
# that leaves methods abstract.
import asyncio
from abc import ABC, abstractmethod


class Worker(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    async def handle(self, item):
        """Process one item."""

    @property
    @abstractmethod
    def kind(self):
        ...

    @abstractmethod
    def describe(self):
        return f"worker {self.name}"

    async def run(self, items):
        for item in items:
            print(self.kind, await self.handle(item))


class Doubler(Worker):
    kind = "double"

    async def handle(self, item):
        await asyncio.sleep(0.1)
        return item * 2

    def describe(self):
        return super().describe() + " doubles"


class Lazy(Worker):
    async def handle(self, item):
        return item


def check(make):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)


check(lambda: Worker("w"))
check(lambda: Lazy("l"))
print(sorted(Worker.__abstractmethods__), sorted(Lazy.__abstractmethods__), Doubler.__abstractmethods__)
print(isinstance(Doubler("d"), ABC), issubclass(Lazy, Worker), Worker.handle.__isabstractmethod__)


async def main():
    d = Doubler("d")
    print(d.describe())
    await asyncio.gather(d.run([1, 2]), Doubler("e").run([10]))

asyncio.run(main())
Lazy("x")

# The autovivifying tree (a defaultdict subclass making more of itself),
# a bounded deque subclass, overriding a list method and reaching the base
# through super(Class, self) or the type itself (list.__init__(self, …)),
# and library containers holding instances shown by their own __repr__.
import asyncio
from collections import OrderedDict, defaultdict, deque, namedtuple
from dataclasses import dataclass


class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)


class Bounded(deque):
    def __init__(self, items=()):
        super().__init__(items, maxlen=3)


class Log(list):
    def __init__(self, *entries):
        super().__init__(entries)

    def append(self, entry):
        print("logging", entry)
        super(Log, self).append(entry)


class Doubling(list):
    def __init__(self, items):
        list.__init__(self, items)

    def __setitem__(self, index, value):
        list.__setitem__(self, index, value * 2)


@dataclass(order=True)
class Job:
    priority: int
    name: str


Slot = namedtuple("Slot", "job when")


async def main():
    tree = Tree()
    tree["fruit"]["apple"]["color"] = "red"
    tree["fruit"]["pear"]["color"] = "green"
    print(tree, type(tree["fruit"]).__name__, len(tree["fruit"]))
    recent = Bounded([1, 2, 3, 4])
    recent.rotate(1)
    recent.appendleft(0)
    print(recent, recent.maxlen, recent.popleft(), list(recent))
    log = Log("start")
    log.append("step")
    log.extend(["end"])
    print(log, isinstance(log, (list, tuple)), log.count("step"))
    doubled = Doubling([1, 2])
    doubled[0] = 5
    print(doubled, list.__repr__(doubled), dict.__getitem__({"k": 1}, "k"))
    queue = deque([Job(2, "b"), Job(1, "a")])
    await asyncio.sleep(0.1)
    print(queue, sorted(queue)[0])
    by_name = defaultdict(list, {"a": [Job(1, "a")]})
    ordered = OrderedDict(first=Job(3, "c"))
    print(by_name, ordered, Slot(Job(4, "d"), 1.5), [deque([Job(5, "e")])])


asyncio.run(main())

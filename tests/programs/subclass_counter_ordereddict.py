# A Counter subclass with a helper method, and the LRU cache built on an
# OrderedDict that overrides __getitem__ / __setitem__ with super().
import asyncio
from collections import Counter, OrderedDict


class Stats(Counter):
    def top(self):
        return self.most_common(1)[0]

    def share(self, key):
        return self[key] / self.total()


class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.capacity:
            oldest = next(iter(self))
            del self[oldest]


async def fetch(cache, key):
    try:
        value = cache[key]
        print(f"hit  {key} -> {value}")
    except KeyError:
        await asyncio.sleep(0.1)
        value = key.upper()
        cache[key] = value
        print(f"miss {key} -> {value}")
    return value


async def main():
    words = "the cat and the hat and the bat".split()
    stats = Stats(words)
    print(stats, stats.top(), stats.share("the"), stats["dog"], len(stats))
    stats.update(["cat", "cat"])
    stats["dog"] += 1
    print(stats.most_common(3), stats + Counter(the=1), stats - Stats(the=3))
    print(isinstance(stats, Counter), isinstance(stats, dict), type(stats).__name__, Stats.__mro__)
    print(sorted(stats), list(stats.elements())[:4], dict(stats) == dict(Counter(words, cat=2, dog=1)))

    cache = LRU(2)
    for key in ["a", "b", "a", "c", "b", "a"]:
        await fetch(cache, key)
    print(cache, list(cache), cache.capacity, len(cache), "a" in cache, "b" in cache)
    cache.popitem(last=False)
    print(cache, isinstance(cache, OrderedDict))
    snapshot = stats.copy()
    snapshot["new"] = 1
    print(type(snapshot).__name__, snapshot.top(), "new" in stats, Stats(stats) == stats)
    try:
        {stats: 1}
    except TypeError as e:
        print("TypeError:", e)
    try:
        stats.nope
    except AttributeError as e:
        print("AttributeError:", e)


asyncio.run(main())

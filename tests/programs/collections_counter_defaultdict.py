# Counting what tasks returned with a Counter, grouping them with a
# defaultdict, and keeping arrival order with an OrderedDict.
import asyncio
import random
from collections import Counter, OrderedDict, defaultdict


async def fetch(i):
    await asyncio.sleep(random.randint(1, 3) / 10)
    return random.choice(["ok", "ok", "retry", "error"])


async def main():
    random.seed(7)
    statuses = await asyncio.gather(*(fetch(i) for i in range(12)))
    counts = Counter(statuses)
    print(counts)
    print(counts.most_common(1), counts["ok"], counts["missing"], counts.total())
    for status, n in counts.most_common():
        print(f"{status:>6}: {'#' * n}")

    by_status = defaultdict(list)
    for i, status in enumerate(statuses):
        by_status[status].append(i)
    print(by_status)
    print(dict(by_status), by_status.default_factory, sorted(by_status))

    totals = defaultdict(int)
    for word in "the quick brown fox jumps over the lazy dog the end".split():
        totals[word] += 1
    print(totals["the"], totals["nothing"], len(totals), "nothing" in totals)

    words = Counter("the quick brown fox jumps over the lazy dog".split())
    letters = Counter("abracadabra")
    print(letters, sorted(letters.elements())[:6])
    letters.update("aaz")
    letters.subtract({"b": 2})
    letters["c"] += 10
    print(letters, words.most_common(2))
    print(Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3, b=1) - Counter(a=1, b=5))
    print(Counter(a=3, b=1) & Counter(a=1, b=2), Counter(a=3) | Counter(a=1, b=2), Counter())
    print(Counter(a=1) == Counter(a=1), Counter(a=1) == {"a": 1}, dict(Counter("aab")))

    arrivals = OrderedDict()
    for name in ["c", "a", "b"]:
        arrivals[name] = len(arrivals)
    arrivals.move_to_end("c")
    print(arrivals, list(arrivals))
    arrivals.move_to_end("b", last=False)
    print(arrivals.popitem(), arrivals.popitem(last=False), arrivals, OrderedDict())

    try:
        defaultdict(None)["x"]
    except KeyError as e:
        print("KeyError", e)
    try:
        defaultdict(5)
    except TypeError as e:
        print("TypeError", e)
    try:
        OrderedDict().popitem()
    except KeyError as e:
        print("KeyError", e)


asyncio.run(main())

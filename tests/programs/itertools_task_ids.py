# itertools around asyncio: task ids from count(), a round-robin of
# workers with cycle(), batches with islice, groupby over sorted jobs.
import asyncio
import itertools
from itertools import count, cycle, islice

ids = count(1)


async def job(name, delay):
    task_id = next(ids)
    await asyncio.sleep(delay)
    return task_id, name, delay


async def main():
    workers = cycle(["w1", "w2", "w3"])
    jobs = [(f"job{i}", next(workers)) for i in range(7)]
    print(jobs)
    results = await asyncio.gather(*(job(n, d / 10) for n, d in zip("abcde", [3, 1, 2, 1, 3])))
    print(results, next(ids))
    it = iter(range(10))
    while True:
        batch = list(islice(it, 4))
        if not batch:
            break
        print("batch", batch)
    jobs = sorted([("io", 1), ("cpu", 3), ("io", 2), ("net", 1), ("cpu", 1)], key=lambda j: j[0])
    for kind, group in itertools.groupby(jobs, key=lambda j: j[0]):
        print(kind, [d for _, d in group])
    print([(k, len(list(g))) for k, g in itertools.groupby("aaabccdd")])


asyncio.run(main())
c = count(10, 5)
print(c, next(c), next(c), c, count(), count(1.5, 0.5), itertools.repeat("x", 3), itertools.repeat(1))
print(list(islice(count(), 5)), list(islice("abcdefg", 2, None)), list(islice("abcdefg", 1, 6, 2)), list(islice([], 3)))
print(list(itertools.repeat("ab", 3)), list(zip(itertools.repeat(0), "xy")), list(islice(cycle("ab"), 5)), list(cycle([])))
print(list(itertools.chain("ab", [1, 2], ())), list(itertools.chain.from_iterable(["ab", "cd"])), list(itertools.chain()))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4, 1, 5], max)), list(itertools.accumulate([1, 2], initial=100)), list(itertools.accumulate([])))
print(list(itertools.product("ab", [0, 1])), list(itertools.product([1, 2], repeat=2)), list(itertools.product()), list(itertools.product("a", [])))
print(list(itertools.permutations("abc", 2)), list(itertools.permutations(range(3))), list(itertools.permutations("ab", 3)))
print(list(itertools.combinations("abcd", 2)), list(itertools.combinations(range(4), 3)), list(itertools.combinations("ab", 0)))
print(list(itertools.combinations_with_replacement("abc", 2)), list(itertools.combinations_with_replacement([], 0)))
print(list(itertools.pairwise("abcd")), list(itertools.pairwise([1])), list(itertools.zip_longest("abc", [1], fillvalue="-")), list(itertools.zip_longest()))
print(list(itertools.starmap(pow, [(2, 5), (3, 2)])), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.filterfalse(lambda x: x % 2, range(7))), list(itertools.filterfalse(None, [0, 1, "", "a"])), list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
a, b = itertools.tee(iter([1, 2, 3]))
print(next(a), list(a), list(b), len(itertools.tee("x", 3)), 3 in count(), sum(islice(count(), 100)))
for bad in (lambda: islice([1], -1), lambda: islice([1], 0, 5, 0), lambda: islice([1]), lambda: count("a"),
            lambda: itertools.permutations([1], -1), lambda: itertools.combinations([1]), lambda: itertools.product([1], repeat=-1),
            lambda: itertools.tee([1], -1), lambda: itertools.pairwise(1), lambda: next(itertools.chain(1))):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

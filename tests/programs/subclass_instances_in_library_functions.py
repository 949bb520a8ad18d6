# Instances of list, tuple, set and dict subclasses handed to the library
# and the builtins: random, heapq (in place), bisect, statistics, itertools,
# json, % formatting, star-unpacking, asyncio.gather / wait, dict keys.
import random, heapq, bisect, statistics, itertools, json, asyncio
from collections import Counter, deque
class L(list): pass
class T(tuple): pass
class S(set): pass
class D(dict): pass
random.seed(1)
l = L([5, 3, 8])
print(random.choice(l), random.sample(l, 2))
random.shuffle(l); print(l)
h = L(); heapq.heappush(h, 3); heapq.heappush(h, 1); print(h, heapq.heappop(h), heapq.nsmallest(1, L([4, 2])))
b = L([1, 3]); bisect.insort(b, 2); print(b, bisect.bisect(b, 2))
print(statistics.mean(L([1, 2, 3])), list(itertools.chain(L([1]), T((2,)))), Counter(L("aab")), deque(L([1])))
print(",".join(L(["a", "b"])), sum(T((1, 2))), min(S({3, 1})), any(L([0, 1])), dict(zip(L("ab"), T((1, 2)))))
print(tuple(L([1])), list(T((1,))), set(L([1, 1])), sorted(D(b=1, a=2)), list(reversed(T((1, 2)))))
print(json.dumps({"l": L([1]), "t": T((2,)), "d": D(x=1)}))
print(isinstance(T((1,)), tuple), T((1, 2)) + (3,), T((1,)) == (1,), hash(T((1,))) == hash((1,)), {T((1,)): "x"}[(1,)])
a, *rest = L([1, 2, 3]); print(a, rest)
print("%s %s" % T(("a", "b")), "{} {}".format(*L([1, 2])), f"{D(a=1)}")
async def main():
    async def one(i): return i
    print(await asyncio.gather(*L([one(1), one(2)])))
    done, _ = await asyncio.wait(S({asyncio.ensure_future(one(3))}))
    print(len(done))
asyncio.run(main())
print(max(D(a=1, b=2), key=D(a=1, b=2).get), L([3, 1]).index(1), l.copy(), type(l.copy()).__name__)
import operator
print(operator.itemgetter(1)(L([1, 2])), list(map(operator.itemgetter(0), L([T((1,))]))))
from collections import namedtuple
P = namedtuple("P", "a b")
print("%s-%s" % P(1, 2), "%(x)s" % D(x=5))

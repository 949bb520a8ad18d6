# operator's getters as sort keys for task results, the operators as
# functions with reduce, and the string module's constants.
import asyncio
import operator
import string
from functools import reduce
from operator import attrgetter, itemgetter, methodcaller


class Job:
    def __init__(self, name, priority):
        self.name = name
        self.priority = priority

    def __repr__(self):
        return f"Job({self.name!r}, {self.priority})"


async def run(name, delay):
    await asyncio.sleep(delay)
    return (name, delay, len(name))


async def main():
    results = await asyncio.gather(run("fetch", 0.3), run("parse", 0.1), run("store", 0.2))
    print(sorted(results, key=itemgetter(1)))
    print(max(results, key=itemgetter(2, 1)), list(map(itemgetter(0), results)))
    jobs = [Job("b", 2), Job("a", 3), Job("c", 1)]
    print(sorted(jobs, key=attrgetter("priority")), [attrgetter("name", "priority")(j) for j in jobs])
    print(list(map(methodcaller("upper"), ["x", "y"])), methodcaller("split", ",", maxsplit=1)("a,b,c"))


asyncio.run(main())
print(itemgetter(1), itemgetter(1, "a"), attrgetter("a", "b.c"), methodcaller("split", ",", maxsplit=1), operator.add)
print(reduce(operator.mul, range(1, 6)), reduce(operator.add, ["a", "b", "c"]), operator.truediv(1, 2), operator.floordiv(7, 2))
print(operator.not_(0), operator.truth(3), operator.contains([1], 1), operator.getitem({1: 2}, 1), operator.concat([1], [2]))
print(operator.neg(3), operator.is_(None, None), operator.index(5), operator.countOf([1, 1, 2], 1), operator.indexOf([1, 2], 2))
print(operator.eq(1, 1.0), operator.lt("a", "b"), operator.mod(7, 3), operator.pow(2, 10), operator.and_(6, 3), operator.xor(6, 3))
print(itemgetter("k")({"k": "v"}), itemgetter(-1)([1, 2, 3, 4]))
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.punctuation, repr(string.printable), len(string.printable))
for bad in (lambda: itemgetter(), lambda: operator.add(1), lambda: itemgetter(5)([1]), lambda: attrgetter("zz")(jobs_holder)):
    try:
        bad()
    except (TypeError, IndexError, AttributeError, NameError) as e:
        print(type(e).__name__, e)

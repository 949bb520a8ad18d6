# type() of the library's objects, their __name__, and the errors that name
# their types (attribute errors, unhashable, wrong arguments).
import datetime
import functools
import itertools
import logging
import operator
import time
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple

Point = namedtuple("Point", "x y")
objects = [deque(), defaultdict(int), Counter(), OrderedDict(), ChainMap(), Point(1, 2), itertools.count(),
           itertools.islice("ab", 1), itertools.chain(), functools.partial(print), operator.itemgetter(1),
           datetime.datetime(2024, 1, 1), datetime.timedelta(1), logging.getLogger("x"), logging.getLogger(),
           time.gmtime(0), functools.lru_cache(None)(abs).cache_info()]
for obj in objects:
    print(type(obj), type(obj).__name__)
for obj in objects[:8]:
    try:
        obj.nope
    except AttributeError as e:
        print(e)
for obj in (deque(), defaultdict(int), Counter(), OrderedDict()):
    try:
        {obj: 1}
    except TypeError as e:
        print(e)
print(hash(Point(1, 2)) == hash((1, 2)), type(deque()).__name__ == "deque")

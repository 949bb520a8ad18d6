# type() of a library object is the class its module exports: `type(x) is
# deque`, dispatch tables keyed by class, and making another of the same type.
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple

d = deque([1, 2])
print(type(d) is deque, type(d) == deque, type(d), deque, type(deque))
c = Counter("aab")
print(type(c) is Counter, type(c), Counter, type(c) is dict)
print(type(OrderedDict()) is OrderedDict, type(defaultdict(int)) is defaultdict, type(ChainMap()) is ChainMap)
Pair = namedtuple("Pair", "left right")
p = Pair(1, 2)
print(type(p) is Pair, type(p) == Pair, type(p), type(p)(3, 4), isinstance(p, type(p)))

handlers = {deque: "queue", Counter: "tally", Pair: "pair", dict: "mapping"}
for obj in [d, c, p, {}, OrderedDict()]:
    print(handlers.get(type(obj), "other"))

e = type(d)([3, 4], maxlen=2)
e.append(5)
print(e, type(e) is deque, isinstance(e, type(d)))
print(deque.__name__, Counter.__name__, type(c).__name__, type(p).__name__)
print(type(c)("xyx").most_common(1))
print(issubclass(Counter, dict), issubclass(deque, dict), issubclass(OrderedDict, dict), issubclass(Pair, tuple), issubclass(Counter, Counter), issubclass(Counter, object), issubclass(defaultdict, OrderedDict), issubclass(deque, (list, deque)))

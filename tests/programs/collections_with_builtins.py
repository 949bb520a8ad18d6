# The collections types passed to builtins the way everyday code does:
# unpacking, sorted, reversed, max with key, comprehensions, json, equality.
from collections import deque, Counter, defaultdict, OrderedDict, namedtuple
import itertools, functools
d = deque([3, 1, 2])
print(*d, sep="-")
print(sorted(d), max(d), sum(d), list(reversed(d)), d.count(1), [x * 2 for x in d], {*d}, tuple(d))
c = Counter("banana")
print(f"{c!r} {c}", sorted(c), sum(c.values()), max(c, key=c.get), list(c.keys()), c.get("z", 0), list(reversed(OrderedDict(a=1, b=2))))
dd = defaultdict(lambda: "n/a")
print(dd["x"], dict(dd), len(dd), dd.pop("x"), dict(dd), dd.setdefault("k", []), dict(dd))
P = namedtuple("P", "a b")
p = P(1, 2)
print(f"{p}", str(p), [*p], dict(zip(p._fields, p)), p._asdict()["a"], max(P(1, 2), P(1, 3)), sorted([P(2, 1), P(1, 5)]))
print(list(enumerate(itertools.islice(itertools.count(), 3))), list(zip(itertools.count(1), "ab")), list(map(functools.partial(pow, 2), range(4))))
print(any(x > 2 for x in d), all(d), min(itertools.chain([5], d)), list(filter(None, itertools.repeat(0, 3))), sorted(itertools.chain("ba", "dc")))
import json
print(json.dumps(P(1, [2])), json.dumps({"d": list(d)}), json.dumps(dd))
print(c == Counter("ananab"), d == deque([3, 1, 2]), d != deque([1]), p == P(1, 2), p != (1, 3), deque() == deque(), c.most_common()[0])

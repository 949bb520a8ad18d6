# Deriving from a subscripted generic: a user Generic class given its
# parameter, and typing's aliases of the containers (List[str], Dict[str,
# int], Deque[int]) or list[int], which stand for the container itself.
from typing import Dict, Deque, Generic, List, TypeVar
from collections import deque
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self):
        self.items: list = []
    def push(self, x: T): self.items.append(x)
class IntStack(Stack[int]):
    def total(self): return sum(self.items)
s = IntStack(); s.push(2); s.push(3)
print(s.total(), isinstance(s, Stack), IntStack.__bases__)
class Names(List[str]):
    def joined(self): return ",".join(self)
class Scores(Dict[str, int]):
    def best(self): return max(self, key=self.get)
class Recent(Deque[int]):
    pass
class Plain(list[int]):
    pass
print(Names(["a", "b"]).joined(), Scores(a=1, b=5).best(), Recent([1, 2], maxlen=1), Plain([1]) + [2], isinstance(Names(), list))

# What the class statement kept of its typing bases.
from typing import NamedTuple, Protocol, TypedDict
T = TypeVar("T"); K = TypeVar("K")
class Job(NamedTuple):
    a: int
print(Job.__orig_bases__, hasattr(Job, "__parameters__"))
class M(TypedDict):
    a: int
print(M.__orig_bases__, hasattr(M, "__parameters__"))
class Box(Generic[T]): pass
class Pair(Box[T], Generic[K, T]): pass
class P2(Protocol[T]): pass
class N(Dict[K, T]): pass
for c in (Box, Pair, P2, N):
    print(c.__orig_bases__, c.__parameters__)
class Q(Box[T]): pass
print(Q.__orig_bases__, Q.__parameters__)

# Deriving from a subscripted generic: a user Generic class given its
# parameter, and typing's aliases of the containers (List[str], Dict[str,
# int], Deque[int]) or list[int], which stand for the container itself.
from typing import Generic, TypeVar, List, Dict, Deque
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

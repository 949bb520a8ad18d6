# The docstring a dataclass gets from its __init__ signature, with annotations
# written the ways blog posts write them; built-in generics (list[int]) as CPython shows them.
import asyncio
from dataclasses import dataclass, field, InitVar, KW_ONLY
from typing import Optional, List, ClassVar
@dataclass
class Job:
    name: str
    priority: int = 1
    tags: list[str] = field(default_factory=list)
    parent: Optional["Job"] = None
    other: "Job | None" = None
    maybe: int | None = None
    q: asyncio.Queue = None
    t: Optional[asyncio.Task] = None
    items: List[int] = field(default_factory=list)
    c: ClassVar[int] = 0
    iv: InitVar[int] = 0
    _: KW_ONLY
    flag: bool = False
    def __post_init__(self, iv): pass
@dataclass
class Documented:
    """Mine."""
    x: int
class Base: pass
@dataclass
class Sub(Base):
    job: Job = None
print(Job.__doc__)
print(Documented.__doc__, Sub.__doc__)
class Plain: pass
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], set[Plain], type[Plain], list["Job"], dict[str, int | None])
x = list[int]([1, 2])
print(x, dict[str, int](a=1), list[int] | None)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
@dataclass
class J:
    tags: list[str] = field(default_factory=list)
    m: dict[str, tuple[int, float]] = field(default_factory=dict)
print(J.__doc__, J.__annotations__)

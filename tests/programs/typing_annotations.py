# Annotated asyncio code as blog posts write it: typing's names in
# annotations and at run time.
import asyncio
from typing import (Any, AsyncIterator, Awaitable, Callable, Coroutine, Dict, Iterable, List, Optional,
                    Tuple, TypeVar, Union, TYPE_CHECKING, cast)
import typing

T = TypeVar("T")
Handler = Callable[[int, str], Awaitable[None]]
results: Dict[str, List[int]] = {}
pending: Optional[asyncio.Task] = None
counter: int = 0


async def fetch(name: str, delay: float = 0.1) -> Tuple[str, float]:
    await asyncio.sleep(delay)
    return name, delay


async def gather_all(names: Iterable[str]) -> List[Tuple[str, float]]:
    coros: List[Coroutine[Any, Any, Tuple[str, float]]] = [fetch(n) for n in names]
    return await asyncio.gather(*coros)


def first(items: List[T]) -> Optional[T]:
    return items[0] if items else None


async def main() -> None:
    out = await gather_all(["a", "b"])
    results["a"] = [1, 2]
    value: Union[int, str] = cast(int, "not checked")
    print(out, results, value, first([]), first(out), TYPE_CHECKING)


asyncio.run(main())
print(List, List[int], Optional[str], Union[int, str], Union[int, None], Dict[str, List[int]])
print(Callable[[int, str], bool], Any, T, Tuple[int, str], Awaitable[int], AsyncIterator[str], Iterable)
print(Optional[List[int]], typing.Set[float], typing.Sequence[int], typing.Mapping[str, int], Handler)

# typing's classes as blog posts use them around asyncio code: a
# NamedTuple result (a tuple, with tuple's MRO), a Generic repository, a
# Protocol of async handlers checked with @runtime_checkable, and
# get_type_hints of a config class.
import asyncio
from typing import Dict, Generic, List, NamedTuple, Optional, Protocol, TypeVar, get_type_hints, runtime_checkable

T = TypeVar("T")


class Result(NamedTuple):
    url: str
    status: int = 200


class Repository(Generic[T]):
    def __init__(self) -> None:
        self.items: Dict[str, T] = {}

    def add(self, key: str, item: T) -> None:
        self.items[key] = item


class ResultRepository(Repository[Result]):
    def ok(self) -> List[Result]:
        return [r for r in self.items.values() if r.status == 200]


class Urls(List[str]):
    pass


@runtime_checkable
class Handler(Protocol):
    async def handle(self, result: Result) -> None: ...


class Greeter(Protocol):
    def greet(self) -> str: ...


class Printer:
    async def handle(self, result):
        await asyncio.sleep(0.01)
        print("handled", result.url, result.status)


class Silent:
    handle = None


class Config:
    retries: int
    timeout: float = 1.5
    proxy: Optional[str] = None
    name: "str" = "crawler"


async def fetch(url: str) -> Result:
    await asyncio.sleep(0.1)
    return Result(url, 404 if "missing" in url else 200)


async def main():
    results = await asyncio.gather(*(fetch(u) for u in Urls(["a.org", "missing.org", "b.org"])))
    repo = ResultRepository()
    for r in results:
        repo.add(r.url, r)
    print(repo.ok(), isinstance(results[0], tuple), results[0] == ("a.org", 200))
    print(Result.__mro__, Result.__bases__, Result.mro())
    print(Repository.__mro__, ResultRepository.__mro__, ResultRepository.__bases__)
    print(Urls.__mro__, Handler.__mro__, Greeter.__bases__)
    handlers = [h for h in (Printer(), Silent(), "text") if isinstance(h, Handler)]
    print([type(h).__name__ for h in handlers])
    for h in handlers:
        await h.handle(results[1])
    try:
        isinstance(Printer(), Greeter)
    except TypeError as e:
        print("TypeError:", e)
    try:
        runtime_checkable(Printer)
    except TypeError as e:
        print("TypeError:", e)
    print(get_type_hints(Config))


asyncio.run(main())

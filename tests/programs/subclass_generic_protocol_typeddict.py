# typing's class makers as annotated code uses them: a Generic container,
# a Protocol for structural typing, and TypedDict records (plain dicts).
import asyncio
from typing import Generic, Protocol, TypedDict, TypeVar

T = TypeVar("T")


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item

    def __repr__(self):
        return f"Box({self.item!r})"


class Greeter(Protocol):
    def greet(self) -> str:
        ...


class English:
    def greet(self) -> str:
        return "hello"


class French:
    def greet(self) -> str:
        return "bonjour"


class Movie(TypedDict):
    title: str
    year: int


async def welcome(g: Greeter) -> str:
    await asyncio.sleep(0.1)
    return g.greet()


async def main():
    box = Box(3)
    print(box, box.get(), Box[int], Box[int]("s"), isinstance(box, Box), type(Box[str]("x")) is Box)
    print(await asyncio.gather(welcome(English()), welcome(French())))
    movie = Movie(title="Blade Runner", year=1982)
    print(movie, type(movie), movie["year"], Movie.__name__)
    other: Movie = {"title": "Alien", "year": 1979}
    print(sorted([movie, other], key=lambda m: m["year"]))

    class Loud(Greeter):
        def greet(self) -> str:
            return "HELLO"

    print(await welcome(Loud()), issubclass(Loud, object))
    checks = [lambda: Greeter(), lambda: isinstance(English(), Greeter), lambda: issubclass(Loud, Greeter), lambda: Loud(1)]
    for check in checks:
        try:
            print(check())
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())

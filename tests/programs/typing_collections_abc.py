# Modern annotations import the abstract classes from collections.abc.
import asyncio
import collections.abc
from collections import abc
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable

Handler = Callable[[str], Awaitable[None]]


async def ticker(n: int) -> "AsyncIterator[int]":
    for i in range(n):
        await asyncio.sleep(0.1)
        yield_value = i
        print("tick", yield_value)


async def run_all(jobs: Iterable[Callable[[], Awaitable[int]]]) -> list[int]:
    return await asyncio.gather(*(job() for job in jobs))


async def one() -> int:
    await ticker(2)
    return 1


async def main() -> None:
    print(await run_all([one, one]))


asyncio.run(main())
print(AsyncIterator, AsyncIterator[int], Callable[[int], str], Awaitable, Iterable[str], Handler)
print(abc.Sequence, collections.abc.Mapping[str, int], collections.abc.Coroutine)

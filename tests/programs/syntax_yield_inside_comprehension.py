# `yield` inside a comprehension is a SyntaxError in 3.11, also in an
# async generator.
import asyncio


async def doubled(values):
    for v in values:
        yield v * 2


async def broken(values):
    return [(yield v) for v in values]

# aclose() while another task is inside the generator (awaiting in it):
# "aclose(): asynchronous generator is already running"; athrow() likewise.
import asyncio

async def gen():
    try:
        yield 1
        await asyncio.sleep(1)
        yield 2
    finally:
        print("finally")

async def main():
    g = gen()
    print(await anext(g))
    t = asyncio.ensure_future(anext(g))
    await asyncio.sleep(0)
    try:
        await g.aclose()
        print("aclose ok")
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await g.athrow(ValueError)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        print(await t)
    except BaseException as e:
        print("t:", type(e).__name__, e)

asyncio.run(main())

# `asyncio.wait_for(anext(stream), timeout)`: a timeout cancels the anext
# task, which throws CancelledError into the generator (its finally runs);
# a sync generator deleted at module level is closed at once.
import asyncio

async def slow_stream():
    try:
        for i in range(3):
            await asyncio.sleep(i)
            yield i
    finally:
        print("slow_stream finally")

def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("numbers finally")

async def main():
    s = slow_stream()
    while True:
        try:
            v = await asyncio.wait_for(anext(s), timeout=1.5)
        except asyncio.TimeoutError:
            print("timed out")
            break
        except StopAsyncIteration:
            break
        print("got", v)
    print(await asyncio.gather(s.aclose(), return_exceptions=True))
    print("end of main")

asyncio.run(main())
g = numbers()
print(next(g))
del g

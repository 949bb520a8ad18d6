import asyncio
from contextlib import asynccontextmanager


class Connection:
    def __init__(self, name):
        self.name = name

    async def query(self, sql):
        await asyncio.sleep(0.1)
        return f"{self.name}: {sql} -> ok"


lock = asyncio.Lock()


@asynccontextmanager
async def connect(name):
    async with lock:
        print(f"open {name} at {asyncio.get_running_loop().time():.1f}")
        await asyncio.sleep(0.5)
        conn = Connection(name)
        try:
            yield conn
        finally:
            await asyncio.sleep(0.2)
            print(f"close {name} at {asyncio.get_running_loop().time():.1f}")


async def worker(name):
    async with connect(name) as conn:
        print(await conn.query("select 1"))
    return name


@asynccontextmanager
async def guarded():
    try:
        yield "guard"
    except ValueError as e:
        print("handled", repr(e))


@asynccontextmanager
async def empty():
    return
    yield


@asynccontextmanager
async def chatty():
    yield 1
    yield 2


async def main():
    print(await asyncio.gather(worker("a"), worker("b"), worker("c")))
    async with guarded() as g:
        print("got", g)
        raise ValueError("suppressed")
    print("after guarded")
    try:
        async with empty():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with chatty():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    cm = connect("d")
    print(type(cm).__name__, connect.__name__)
    try:
        async with guarded():
            raise KeyError("not handled")
    except KeyError as e:
        print("propagated", repr(e))


asyncio.run(main())

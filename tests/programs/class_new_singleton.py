import asyncio


class Singleton:
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print("creating the one", cls.__name__)
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, name):
        print("__init__ with", name)
        self.name = name


a = Singleton("first")
b = Singleton("second")
print(a is b, a.name, type(a).__name__)


class Pool:
    _pools = {}

    def __new__(cls, size):
        if size not in cls._pools:
            pool = super().__new__(cls)
            pool.size = size
            pool.lock = asyncio.Lock()
            cls._pools[size] = pool
        return cls._pools[size]


async def use(pool, n):
    async with pool.lock:
        await asyncio.sleep(0.1)
        print("job", n, "on pool of", pool.size)


async def main():
    p, q = Pool(2), Pool(2)
    print(p is q, Pool(3) is p)
    await asyncio.gather(*(use(Pool(2), n) for n in range(3)))


asyncio.run(main())


class NotAnInstance:
    def __new__(cls, value):
        return value * 2

    def __init__(self, value):
        print("never runs")


print(NotAnInstance(21))


class Strict:
    def __new__(cls, *args):
        return super().__new__(cls, *args)


try:
    Strict(1)
except TypeError as e:
    print("TypeError:", e)


class Mixin:
    pass


class AppError(Mixin, KeyError):
    pass


try:
    raise AppError("k")
except LookupError as e:
    print("caught", repr(e), isinstance(e, KeyError))
try:
    try:
        raise AppError("k")
    except Mixin:
        print("not reached")
except TypeError as e:
    print("TypeError:", e)

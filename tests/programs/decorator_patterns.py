import asyncio

def singleton(cls):
    instances = {}
    def get(*args, **kwargs):
        if cls not in instances:
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]
    get.__name__ = cls.__name__
    return get

@singleton
class Database:
    def __init__(self, url):
        print("connecting to", url)
        self.url = url

print(Database("a") is Database("b"), Database("c").url, Database.__name__)

def add_method(cls):
    def shout(self):
        return self.name.upper()
    cls.shout = shout
    return cls

@add_method
class Person:
    def __init__(self, name):
        self.name = name

print(Person("ann").shout(), hasattr(Person, "shout"))

def cache(func):
    memo = {}
    def wrapper(n):
        if n not in memo:
            memo[n] = func(n)
        return memo[n]
    wrapper.memo = memo
    return wrapper

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), len(fib.memo))

def rate_limited(per_second):
    interval = 1 / per_second
    def deco(func):
        last = [0.0]
        async def wrapper(*args):
            loop = asyncio.get_running_loop()
            wait = last[0] + interval - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            last[0] = loop.time()
            return await func(*args)
        return wrapper
    return deco

@rate_limited(4)
async def ping(i):
    print(f"{asyncio.get_running_loop().time():.2f} ping {i}")
    return i

async def main():
    for i in range(3):
        await ping(i)
    results = await asyncio.gather(*(ping(i) for i in range(3, 6)))
    print(results)

asyncio.run(main())

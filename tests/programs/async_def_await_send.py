# async def / await driven by hand with send(None): no event loop involved.
async def inner(x):
    return x * 2


async def outer():
    a = await inner(1)
    b = await inner(a)
    return a + b


c = outer()
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)


def countdown(n):
    while n > 0:
        got = yield n
        if got:
            print("got", got)
        n -= 1
    return "finished"


g = countdown(3)
print(next(g), g.send("hello"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
print(list(countdown(4)), sum(countdown(5)))

def inner(n):
    got = yield f"inner start {n}"
    print("inner got", got)
    yield from range(n)
    return n * 10


def outer():
    result = yield from inner(2)
    print("inner returned", result)
    yield from ["x", "y"]
    return "outer done"


g = outer()
print(next(g))
print(g.send("hello"))
print(list(g))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", (3,))), sum(chain(range(4), [10])))

# yield from forwards send, throw and close to the sub-generator (its finally
# runs first); a suspended generator whose last reference goes away is
# closed at once, as CPython's reference counting does.
def inner():
    try:
        while True:
            try:
                x = yield
                print("inner got", x)
            except ValueError as e:
                print("inner handled", e)
    finally:
        print("inner finally")

def outer():
    try:
        r = yield from inner()
    finally:
        print("outer finally")

o = outer()
next(o)
o.send(1)
o.throw(ValueError("v"))
o.send(2)
o.close()
print("closed")

def counter():
    try:
        yield 1
        yield 2
    finally:
        print("counter finally")

c = counter()
print(next(c))
c = None
print("after rebinding")
items = [counter(), counter()]
print(next(items[0]))
items.pop()
items.pop()
print("after pops")

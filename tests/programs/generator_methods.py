# Generator methods: send, throw, close, return values, and a generator
# closed when the loop that iterates it breaks.
def averager():
    total = count = 0
    average = None
    while True:
        try:
            value = yield average
        except ValueError as e:
            print("bad value:", e)
            continue
        if value is None:
            return average
        total += value
        count += 1
        average = total / count


avg = averager()
print(next(avg))
print(avg.send(10))
print(avg.send(20))
print(avg.throw(ValueError("not a number")))
print(avg.send(30))
try:
    avg.send(None)
except StopIteration as e:
    print("returned", e.value)


def lines():
    try:
        yield "one"
        yield "two"
        yield "three"
    finally:
        print("lines: finally")


for line in lines():
    print(line)
    if line == "two":
        break
print("after break")

g = lines()
print(next(g))
g.close()
print("closed; next gives", next(g, "nothing"))


def delegator():
    result = yield from averager()
    print("sub-generator returned", result)
    yield "delegator done"


d = delegator()
next(d)
d.send(4)
print(d.send(8))
print(d.send(None))


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def raises_stop():
    yield 1
    raise StopIteration("inside")


try:
    list(raises_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

fresh = averager()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)

def counter(limit):
    total = 0
    try:
        while total < limit:
            got = yield total
            total += got if got is not None else 1
    except GeneratorExit:
        print("closed at", total)
        raise
    return total


g = counter(10)
print(next(g), g.send(3), g.send(None))
try:
    g.throw(ValueError("thrown in"))
except ValueError as e:
    print("propagated:", e)
g2 = counter(100)
next(g2)
g2.close()
g3 = counter(2)
next(g3)
try:
    g3.send(5)
except StopIteration as stop:
    print("StopIteration value", stop.value)

squares = (n * n for n in range(4))
print(type(squares).__name__, next(squares), list(squares))


def delegate():
    result = yield from counter(3)
    yield f"inner returned {result}"


print(list(delegate()))


class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Dog(Animal):
    kind = "dog"

    def speak(self):
        return super().speak() + ": woof"

    def __str__(self):
        return f"a dog called {self.name}"


d = Dog("rex")
print(d.speak(), repr(d), str(d), d.kind, Animal.kind)
print(isinstance(d, Animal), isinstance(d, Dog), isinstance(Animal("x"), Dog))


class AppError(Exception):
    pass


class NotFound(AppError):
    pass


try:
    raise NotFound("code 404")
except AppError as e:
    print(type(e).__name__, e, isinstance(e, Exception), isinstance(e, NotFound))


async def answer():
    return 42


c = answer()
try:
    c.send(None)
except StopIteration as stop:
    print("coroutine returned", stop.value)

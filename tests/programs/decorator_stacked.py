def trace(label):
    print("evaluating", label)

    def deco(func):
        print("applying", label, "to", func.__name__)

        def wrapper(*args, **kwargs):
            print(f"[{label}] calling {func.__name__}{args}")
            return func(*args, **kwargs)
        wrapper.__name__ = func.__name__
        return wrapper
    return deco


def bold(func):
    def wrapper():
        return "<b>" + func() + "</b>"
    return wrapper


def italic(func):
    def wrapper():
        return "<i>" + func() + "</i>"
    return wrapper


@bold
@italic
def hello():
    return "hello"


@trace("outer")
@trace("inner")
def add(a, b=10):
    return a + b


def counted(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return wrapper


@counted
def square(n):
    return n * n


print(hello())
print(add(1), add(2, b=3))
print([square(i) for i in range(4)], square.calls)
print(square.__dict__, vars(square))
print(hello.__name__, hello.__qualname__)
registry = []
register = registry.append
@register
def nothing():
    pass
print(nothing, len(registry), registry[0].__name__)


def broken(func):
    return func.missing


try:
    @counted
    @broken
    def victim():
        pass
except AttributeError as e:
    print("decorating failed:", e)
print(add.__name__, add(5))
try:
    add(1, 2, 3)
except TypeError as e:
    print(e)
print(repr(add).split(" at ")[0])

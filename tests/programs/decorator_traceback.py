def logged(func):
    """Log every call, then run it."""
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        func(*args, **kwargs)
    wrapper.__name__ = func.__name__
    wrapper.__wrapped__ = func
    return wrapper


def checked(func):
    def wrapper(*args):
        for a in args:
            if not isinstance(a, int):
                raise TypeError(f"{func.__name__} wants ints, got {type(a).__name__}")
        func(*args)
    return wrapper


@logged
@checked
def divide(a, b):
    if b == 0:
        raise ZeroDivisionError("division by zero")
    print(a // b)


divide(6, 3)
try:
    divide(1, "x")
except TypeError as e:
    print("TypeError:", e)
print(divide.__name__, divide.__wrapped__.__qualname__)
divide(1, 0)

import time
from contextlib import contextmanager


@contextmanager
def timed(label):
    start = time.monotonic()
    try:
        yield
    finally:
        print(f"{label}: {time.monotonic() - start:.2f}s")


@timed("work")
def work(n):
    time.sleep(n)
    return n * 2


print(work(0.5))
print(work(1))
print(work.__name__, work.__wrapped__.__name__)


@contextmanager
def ignoring(kind):
    try:
        yield
    except kind:
        print("ignored", kind.__name__)


@ignoring(ZeroDivisionError)
def divide(a, b):
    return a / b


print(divide(1, 0))
print(divide(6, 3))


@timed("failing")
def failing():
    time.sleep(0.25)
    raise LookupError("missing key")


failing()

import time
from contextlib import contextmanager


@contextmanager
def timer(label):
    start = time.perf_counter()
    print(f"[{label}] start")
    try:
        yield start
    finally:
        elapsed = time.perf_counter() - start
        print(f"[{label}] took {elapsed:.2f}s")


@contextmanager
def swallow(*kinds):
    try:
        yield
    except kinds as e:
        print("swallowed", type(e).__name__, e)


with timer("sleep") as t0:
    print("started at", t0)
    time.sleep(1.5)

with swallow(KeyError, ValueError):
    raise ValueError("bad value")
print("after swallow")

with swallow(KeyError):
    print("nothing raised")

cm = timer("obj")
print(type(cm).__name__)
print(timer.__name__)
with cm:
    pass
try:
    with timer("error"):
        time.sleep(0.25)
        raise RuntimeError("inside the block")
except RuntimeError as e:
    print("caught", e)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields() as v:
        print("v =", v)
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def ignore_after_throw():
    try:
        yield
    except ZeroDivisionError:
        yield


try:
    with ignore_after_throw():
        1 / 0
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def stop():
    yield


with stop():
    pass
print("stop ok")

from contextlib import contextmanager


@contextmanager
def opened(path):
    if not path:
        raise ValueError("empty path")
    yield path


with opened("a.txt") as p:
    print("using", p)

with opened(""):
    print("never")

from contextlib import contextmanager


@contextmanager
def transaction(name):
    print("begin", name)
    try:
        yield name
    except KeyError as e:
        print("rollback", name, repr(e))
        raise ValueError(f"transaction {name} failed") from e
    else:
        print("commit", name)


with transaction("a"):
    print("work a")

with transaction("b") as t:
    d = {}
    d[t]

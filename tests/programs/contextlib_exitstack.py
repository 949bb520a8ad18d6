from contextlib import ExitStack, contextmanager


@contextmanager
def resource(name):
    print("acquire", name)
    try:
        yield name.upper()
    finally:
        print("release", name)


class Tracker:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False


with ExitStack() as stack:
    handles = [stack.enter_context(resource(n)) for n in ("a", "b", "c")]
    print(handles)
    stack.callback(print, "callback", "with", "args", sep="-")
    t = stack.enter_context(Tracker("t"))
    print(t.name)


def suppressor(exc_type, exc, tb):
    print("suppressor saw", exc_type.__name__, exc)
    return True


with ExitStack() as stack:
    stack.push(suppressor)
    stack.enter_context(Tracker("inner"))
    raise KeyError("lost")
print("suppressed")

with ExitStack() as stack:
    stack.enter_context(resource("kept"))
    moved = stack.pop_all()
print("stack closed, moved still open")
moved.close()

try:
    with ExitStack() as stack:
        stack.callback(print, "cleanup runs")
        raise ValueError("from the block")
except ValueError as e:
    print("caught", e)

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError:", e)
print(ExitStack().__class__.__name__)

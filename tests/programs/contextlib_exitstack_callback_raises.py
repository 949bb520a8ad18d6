from contextlib import ExitStack


def fail_first():
    raise RuntimeError("cleanup failed")


with ExitStack() as stack:
    stack.callback(fail_first)
    stack.callback(print, "second cleanup")
    raise ValueError("original")

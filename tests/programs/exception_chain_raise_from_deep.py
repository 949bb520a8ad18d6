# Each level re-raises with `raise ... from e` inside `except ... as e`, so
# every exception's __cause__ and __context__ are the same one: the
# traceback shows each exception once, 40 links deep.


class StepFailed(Exception):
    def __str__(self):
        return f"step {self.args[0]} failed"


def step(n):
    if n == 0:
        raise StepFailed(0)
    try:
        step(n - 1)
    except StepFailed as e:
        raise StepFailed(n) from e


print("running 40 steps")
step(40)

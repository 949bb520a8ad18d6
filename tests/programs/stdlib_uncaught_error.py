# A library error that escapes at module level: the traceback is the
# program's own frames, as CPython prints it.
import math
from collections import deque

window = deque([1, 2, 3], maxlen=3)
print(window, math.fsum(window))


def spread(values):
    math.sqrt(min(values) - max(values))


spread(window)

# total_ordering needs one ordering method, and passes on its errors.
from functools import total_ordering


@total_ordering
class Size:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


print(Size(1) >= Size(2), Size(2) > Size(1))
try:
    Size(1) > 3
except AttributeError as e:
    print("AttributeError:", e)

try:
    @total_ordering
    class Point:
        def __init__(self, x):
            self.x = x
except ValueError as e:
    print("ValueError:", e)


@total_ordering
class Unordered:
    pass

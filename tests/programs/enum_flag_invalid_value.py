# A Flag refuses bits none of its members has.
from enum import Flag, auto


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


print(Color(5), Color(0))
try:
    Color.RED | 1
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 in Color.RED)
except TypeError as e:
    print("TypeError:", e)
print(Color(8))

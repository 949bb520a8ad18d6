# `value in Enum` raises TypeError in 3.11 (after a DeprecationWarning).
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


print(Color.RED in Color)
for i in range(2):
    try:
        print(1 in Color)
    except TypeError as e:
        print("TypeError:", e)
print("RED" in Color.__members__, 1 in [c.value for c in Color])
print("RED" in Color)

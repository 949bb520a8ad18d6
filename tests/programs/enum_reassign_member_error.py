# Members cannot be reassigned.
from enum import IntEnum


class Priority(IntEnum):
    LOW = 1
    HIGH = 2


Priority.MEDIUM = 5
print(Priority.MEDIUM, list(Priority))
Priority.HIGH = 3

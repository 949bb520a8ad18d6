# State['NAME'] with a name that is no member: KeyError from enum.py.
from enum import Enum


class State(Enum):
    PENDING = 1
    DONE = 2


name = "pending"
print(State[name.upper()])
print(State[name])

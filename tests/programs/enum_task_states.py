# An Enum of task states, updated by worker tasks as they run.
import asyncio
from enum import Enum, auto


class State(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = auto()


states = {}


async def worker(name, delay, fail=False):
    states[name] = State.RUNNING
    print(f"{name}: {states[name]}")
    await asyncio.sleep(delay)
    states[name] = State.FAILED if fail else State.DONE
    print(f"{name}: {states[name].name} (value {states[name].value})")


def describe(state):
    match state:
        case State.PENDING | State.RUNNING:
            return "still working"
        case State.DONE:
            return "finished"
        case _:
            return "broken"


async def main():
    jobs = {"fetch": 0.3, "parse": 0.1, "store": 0.2}
    for name in jobs:
        states[name] = State.PENDING
    print(states)
    await asyncio.gather(*(worker(n, d, fail=(n == "store")) for n, d in jobs.items()))
    for name, state in states.items():
        print(f"{name:>6} -> {state!r:<20} {describe(state)}")
    counts = {s: 0 for s in State}
    for s in states.values():
        counts[s] += 1
    print(counts)
    print([s.name for s in State], len(State))
    print(State.DONE is State(3), State["FAILED"], State.DONE == State.DONE, State.DONE != State.FAILED)
    print(type(State.DONE), isinstance(State.DONE, State), State.DONE in State)
    print(f"[{State.RUNNING:^20}]", str(State.PENDING), repr(State))


asyncio.run(main())

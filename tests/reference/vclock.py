"""Run a Python program under CPython 3.11 on looplab's virtual clock.

    python3 tests/reference/vclock.py PROGRAM.py

This is the reference side of looplab's differential tests: whatever this prints
is what `looplab run PROGRAM.py` must print (stdout byte for byte, the exit
status, and the last line of stderr).

The clock (shared/spec/python-subset.md, "The virtual clock") is a float of
seconds from 0.0. It moves only when
  1. the event loop has nothing ready: its selector's wait jumps the clock to the
     earliest scheduled timer's `when`, exactly (not now + timeout), and
  2. a blocking `time.sleep(d)` runs: it adds d.
`loop.time()`, `time.time()`, `time.perf_counter()` and `time.monotonic()` read it.

A loop that would wait forever (nothing ready, no timer) raises RuntimeError
with WAIT_FOREVER_MESSAGE, which looplab reproduces word for word.
"""

import asyncio
import runpy
import selectors
import sys
import time

WAIT_FOREVER_MESSAGE = (
    "the event loop would wait forever: nothing is ready and no timer is scheduled"
)


class VirtualClock:
    """The one clock every patched time function reads."""

    now = 0.0

    @classmethod
    def read(cls):
        return cls.now

    @classmethod
    def blocking_sleep(cls, seconds):
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        cls.now += seconds


class VirtualSelector(selectors.SelectSelector):
    """A selector whose wait is a jump of the virtual clock.

    It keeps the real registrations (the loop's self-pipe) but never blocks:
    a positive timeout moves the clock to the loop's earliest timer deadline.
    """

    def __init__(self):
        super().__init__()
        self.loop = None

    def select(self, timeout=None):
        if timeout is None:
            raise RuntimeError(WAIT_FOREVER_MESSAGE)
        if timeout > 0:
            scheduled = self.loop._scheduled if self.loop is not None else []
            deadline = VirtualClock.now + timeout
            if scheduled and scheduled[0]._when <= deadline:
                # Exactly the timer's deadline, as the spec requires.
                deadline = scheduled[0]._when
            VirtualClock.now = max(VirtualClock.now, deadline)
        return []


class VirtualClockPolicy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        selector = VirtualSelector()
        loop = asyncio.SelectorEventLoop(selector)
        selector.loop = loop
        # CPython reads the monotonic clock's resolution; pin it to the spec's 1e-9.
        loop._clock_resolution = 1e-09
        return loop


def install():
    time.time = VirtualClock.read
    time.perf_counter = VirtualClock.read
    time.monotonic = VirtualClock.read
    time.sleep = VirtualClock.blocking_sleep
    asyncio.set_event_loop_policy(VirtualClockPolicy())


def main(argv):
    if len(argv) != 2:
        print("usage: vclock.py PROGRAM.py", file=sys.stderr)
        return 2
    install()
    sys.argv = argv[1:]
    runpy.run_path(argv[1], run_name="__main__")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

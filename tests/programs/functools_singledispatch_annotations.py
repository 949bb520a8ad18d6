# singledispatch as the docs write it: implementations registered by the
# annotation of their first parameter, for events read from a queue.
import asyncio
from functools import singledispatch, singledispatchmethod


class Event:
    pass


class Started(Event):
    def __init__(self, job):
        self.job = job


class Failed(Event):
    def __init__(self, job, error):
        self.job = job
        self.error = error


@singledispatch
def describe(event) -> str:
    return f"something: {event!r}"


@describe.register
def _(event: Started) -> str:
    return f"{event.job} started"


@describe.register
def _(event: Failed) -> str:
    return f"{event.job} failed: {event.error}"


@describe.register
def _(event: int, verbose: bool = False):
    return f"exit code {event}" + (" (verbose)" if verbose else "")


@describe.register
async def _(event: float):
    return f"a float {event}"


def make_local_handler():
    class Local(Event):
        pass

    @describe.register
    def _(event: Local):
        return "a local event"

    return Local


class Log:
    def __init__(self):
        self.lines = []

    @singledispatchmethod
    def add(self, item):
        self.lines.append(f"? {item!r}")

    @add.register
    def _(self, item: str):
        self.lines.append(f"text: {item}")

    @add.register
    def _(self, item: list):
        for x in item:
            self.add(x)


async def main():
    queue = asyncio.Queue()
    for event in [Started("build"), Failed("test", "2 errors"), 0, "???", Started("deploy")]:
        queue.put_nowait(event)
    while not queue.empty():
        event = await queue.get()
        await asyncio.sleep(0.05)
        print(f"[{asyncio.get_running_loop().time():.2f}] {describe(event)}")
    print(describe(1, verbose=True))
    print(await describe(2.5))
    Local = make_local_handler()
    print(describe(Local()))
    log = Log()
    log.add("hello")
    log.add(["a", 3, ["b"]])
    print(log.lines)

    try:
        @describe.register
        def _(event):
            return "no annotation"
    except TypeError as e:
        print("TypeError:", str(e).split(" at ")[0])

    try:
        describe.register("not a class")
    except TypeError as e:
        print("TypeError:", e)

    try:
        @describe.register
        def _(event: len):
            return "not a class"
    except TypeError as e:
        print("TypeError:", e)

    print(describe())


asyncio.run(main())

# Where a handle or task was created, when the code that made it runs in
# a property or an operator method (frames entered without a call): the
# source traceback names each frame's current line.
import asyncio


def report(name):
    print("ran", name)
    raise LookupError(name)


class Job:
    def __init__(self, loop):
        self.loop = loop

    @property
    def started(self):
        return self.loop.call_soon(report, "property")

    def __eq__(self, other):
        print("task in __eq__:", asyncio.current_task())
        self.loop.call_soon(report, "eq")
        return True


async def main():
    loop = asyncio.get_running_loop()
    job = Job(loop)
    handle = job.started
    print(handle)
    if job == 1:
        print("equal")
    await asyncio.sleep(0.1)


asyncio.run(main(), debug=True)

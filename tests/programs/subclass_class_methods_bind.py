# Class methods of the built-in and library types called on a subclass make
# the subclass: `Registry.fromkeys(...)` is a Registry (its own __setitem__
# runs for each key), `Flags.from_bytes(...)` a Flags; OrderedDict and
# defaultdict subclasses alike, and Counter.fromkeys refuses as CPython does.
import asyncio
from collections import Counter, OrderedDict, defaultdict


class Registry(dict):
    def __setitem__(self, key, value):
        print("register", key)
        super().__setitem__(key, value)


class Status(dict):
    def pending(self):
        return sorted(k for k, v in self.items() if v == "pending")


class Shown(dict):
    def __repr__(self):
        return f"Shown({dict.__repr__(self)})"


class Steps(OrderedDict):
    pass


class Groups(defaultdict):
    pass


class Tally(Counter):
    pass


class Flags(int):
    def __repr__(self):
        return f"Flags({int(self):#06b})"


async def fetch(name, status):
    await asyncio.sleep(0.1)
    status[name] = "done"


async def main():
    status = Status.fromkeys(["api", "db", "cache"], "pending")
    print(type(status).__name__, status, isinstance(status, Status))
    await asyncio.gather(fetch("db", status))
    print(status.pending(), status)
    registry = Registry.fromkeys("ab")
    print(registry, type(registry).__name__)
    print(Shown.fromkeys("xy", 0), type(Status().fromkeys("z")).__name__, dict.fromkeys("ab", 1))
    steps = Steps.fromkeys(["fetch", "parse"], False)
    print(steps, type(steps).__name__, OrderedDict.fromkeys("ab"))
    groups = Groups.fromkeys("ab", 0)
    print(groups, type(groups).__name__, groups.default_factory)
    try:
        Tally.fromkeys("ab")
    except NotImplementedError as e:
        print("NotImplementedError:", e)
    flags = Flags.from_bytes(b"\x05", "big")
    print(flags, repr(flags), type(flags).__name__, flags & 1, Flags.from_bytes(b"\x01\x00", byteorder="little"))


asyncio.run(main())

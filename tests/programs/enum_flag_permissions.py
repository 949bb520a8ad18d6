# Flag and IntFlag: permissions combined with |, tested with `in`, checked
# by worker tasks before they touch a resource.
import asyncio
from enum import Flag, IntFlag, auto


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()
    ALL = READ | WRITE | EXECUTE


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


async def worker(name, perms, action):
    await asyncio.sleep(0.1)
    if action in perms:
        print(f"{name}: {action.name.lower()} allowed by {perms}")
    else:
        print(f"{name}: {action.name.lower()} denied, has {perms!r}")


async def main():
    users = {"alice": Perm.READ | Perm.WRITE, "bob": Perm.READ, "root": Perm.ALL}
    await asyncio.gather(
        worker("alice", users["alice"], Perm.WRITE),
        worker("bob", users["bob"], Perm.WRITE),
        worker("root", users["root"], Perm.EXECUTE),
    )
    rw = Perm.READ | Perm.WRITE
    print(list(Perm), len(Perm), list(rw), len(rw), rw is (Perm.WRITE | Perm.READ))
    print(rw & Perm.WRITE, rw ^ Perm.READ, ~Perm.READ, ~Perm.ALL, Perm(0), repr(Perm(0)), bool(Perm(0)))
    print(Perm(3), Perm(7), Perm.ALL.name, rw.name, rw.value, Perm["ALL"], Perm, f"{rw:>20}|")
    mode = Mode.R | Mode.W
    print(mode, repr(mode), mode | 8, repr(mode | 8), Mode(0), repr(~Mode.R), Mode.R + 1, mode == 6)
    print(oct(Mode.R | Mode.W | Mode.X), list(Mode.R | Mode.X), Mode.X in mode, isinstance(Mode.R, int))


asyncio.run(main())

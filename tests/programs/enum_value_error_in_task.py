# Looking up an enum member by a bad value inside a task: ValueError, with
# enum.py's frames in the traceback.
import asyncio
from enum import Enum


class Status(Enum):
    ACTIVE = "active"
    PAUSED = "paused"


async def load(raw):
    await asyncio.sleep(0.1)
    return Status(raw)


async def main():
    print(await load("active"))
    try:
        Status["DELETED"]
    except KeyError as e:
        print("KeyError:", e)
    try:
        Status.ACTIVE = "on"
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        del Status.PAUSED
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        Status.ACTIVE.value = "x"
    except AttributeError as e:
        print("AttributeError:", e)
    Status.label = "not a member"
    print(Status.label, list(Status))
    print(await load("deleted"))


asyncio.run(main())

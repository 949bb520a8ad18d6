# `class Status(str, Enum)`: members are strs too, so they compare with
# strs and go into JSON as-is; in 3.11 their str() is still `Status.DONE`.
import asyncio
import json
from enum import Enum


class Status(str, Enum):
    QUEUED = "queued"
    DONE = "done"


class Code(int, Enum):
    OK = 200
    MISSING = 404


async def handle(job_id):
    await asyncio.sleep(0.1 * job_id)
    status = Status.DONE if job_id % 2 else Status.QUEUED
    return {"id": job_id, "status": status, "code": Code.OK}


async def main():
    results = await asyncio.gather(*(handle(i) for i in range(1, 4)))
    for r in results:
        print(json.dumps(r), r["status"] == "done", r["status"].upper())
    print(Status.DONE, repr(Status.DONE), f"{Status.DONE}", str(Code.MISSING), f"{Code.OK}")
    print(Status("queued"), Code(404), Code.OK + 1, Code.OK < Code.MISSING, "%s %d" % (Code.OK, Code.OK))
    print(isinstance(Status.DONE, str), isinstance(Code.OK, int), isinstance(Code.OK, Code), sorted(Status))
    print([s.value for s in Status], Status.QUEUED.value.title(), len(Status.QUEUED))


asyncio.run(main())

# A progress line written with sys.stdout.write while tasks finish, and the
# parts of sys that are the same on every run.
import asyncio
import sys


async def step(i):
    await asyncio.sleep(i / 10)
    sys.stdout.write(f"[{'#' * i}{'.' * (5 - i)}] {i}/5\n")
    sys.stdout.flush()


async def main():
    await asyncio.gather(*(step(i) for i in range(1, 6)))
    n = sys.stdout.write("done\n")
    print(n)
    sys.stderr.write("a warning on stderr\n")


asyncio.run(main())
print(sys.version_info[:2], sys.version_info >= (3, 8), sys.version_info.major, sys.platform, sys.maxsize, sys.getrecursionlimit())
try:
    {}["missing"]
except KeyError:
    kind, value, tb = sys.exc_info()
    print(kind, repr(value), kind is KeyError)
print(sys.exc_info())
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError", e)

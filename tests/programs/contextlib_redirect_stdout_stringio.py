import asyncio
import io
import sys
from contextlib import redirect_stdout, redirect_stderr


def report():
    print("line one")
    print("a", "b", sep="-", end="!\n")


buf = io.StringIO()
with redirect_stdout(buf) as target:
    report()
    print(target is buf)
captured = buf.getvalue()
print(repr(captured))
print(captured.upper(), end="")

log = io.StringIO("start:")
print("to the log", file=log)
log.write("written ")
print(log.write("directly\n"))
print(repr(log.getvalue()))


class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, text):
        self.calls.append(text)


rec = Recorder()
print("x", 1, 2.5, file=rec)
print(rec.calls)

err = io.StringIO()
with redirect_stderr(err):
    print("warning!", file=sys.stderr)
print("stderr captured:", repr(err.getvalue()))


async def chatty(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} done")


async def main():
    out = io.StringIO()
    with redirect_stdout(out):
        await asyncio.gather(chatty("a", 0.2), chatty("b", 0.1))
    print("captured:", out.getvalue().splitlines())


asyncio.run(main())
log.close()
try:
    log.getvalue()
except ValueError as e:
    print("ValueError:", e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print("TypeError:", e)
again = io.StringIO()
with redirect_stdout(again):
    print("via sys.stdout", file=sys.stdout)
print(repr(again.getvalue()))

# A StrEnum of commands sent through an asyncio.Queue.
import asyncio
from enum import StrEnum, auto


class Command(StrEnum):
    START = auto()
    PAUSE = auto()
    STOP = "halt"


async def controller(queue):
    for cmd in [Command.START, Command.PAUSE, Command.START, Command.STOP]:
        print(f"send {cmd!r}")
        await queue.put(cmd)
        await asyncio.sleep(0.1)


async def machine(queue):
    while True:
        cmd = await queue.get()
        print(f"got {cmd} ({cmd.upper()}, {len(cmd)} letters)", cmd == "start", cmd.value)
        if cmd is Command.STOP:
            break


async def main():
    queue = asyncio.Queue()
    await asyncio.gather(controller(queue), machine(queue))
    print(list(Command), Command("halt"), Command["PAUSE"])
    print(Command.START + "ed", "cmd:" + Command.STOP, f"{Command.PAUSE:>8}|")
    print(isinstance(Command.STOP, str), sorted(Command), Command.START < Command.STOP)
    print({Command.START: 1}[Command.START], Command.PAUSE in Command)


asyncio.run(main())

# functools.partialmethod: methods that fix some arguments of another,
# on a device object that tasks switch on and off.
import asyncio
from functools import partialmethod


class Device:
    def __init__(self, name):
        self.name = name
        self.state = None

    def set_state(self, state, *, reason="manual"):
        self.state = state
        return f"{self.name} -> {state} ({reason})"

    turn_on = partialmethod(set_state, "on")
    turn_off = partialmethod(set_state, "off", reason="timer")


async def cycle(device, delay):
    print(device.turn_on())
    await asyncio.sleep(delay)
    print(device.turn_off())
    await asyncio.sleep(delay)
    print(device.turn_on(reason="schedule"))


async def main():
    lamp, fan = Device("lamp"), Device("fan")
    await asyncio.gather(cycle(lamp, 0.2), cycle(fan, 0.3))
    print(lamp.state, fan.state)
    print(lamp.turn_off(reason="override"))
    try:
        lamp.turn_on("extra")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())

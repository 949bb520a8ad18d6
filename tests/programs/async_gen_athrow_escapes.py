# athrow() of an exception the generator does not handle: it escapes from
# the generator's yield into the awaiting code, and nothing catches it.


async def readings():
    yield 20.5
    yield 21.0


async def main():
    sensor = readings()
    print(await anext(sensor))
    await sensor.athrow(KeyError("sensor unplugged"))


main().send(None)

# __init_subclass__ as plugin registries use it: every subclass registers
# itself when its class statement runs; handlers are then called by name.
import asyncio


class Handler:
    registry = {}

    def __init_subclass__(cls):
        print("registering", cls.__name__)
        Handler.registry[cls.__name__.lower()] = cls

    def __call__(self, payload):
        return f"{type(self).__name__} handled {payload!r}"


class Email(Handler):
    pass


class Sms(Handler):
    def __call__(self, payload):
        return "SMS: " + super().__call__(payload)


class Urgent(Sms):
    pass


print(sorted(Handler.registry))


async def dispatch(kind, payload, delay):
    await asyncio.sleep(delay)
    handler = Handler.registry[kind]()
    return handler(payload)


async def main():
    results = await asyncio.gather(
        dispatch("email", "hello", 0.2),
        dispatch("sms", "ping", 0.1),
        dispatch("urgent", {"level": 1}, 0.0),
    )
    for r in results:
        print(r)


asyncio.run(main())

# Handle the different message types a queue carries with
# functools.singledispatch, registering one handler per class.
import asyncio
from functools import singledispatch, singledispatchmethod


class Message:
    def __init__(self, body):
        self.body = body


class Ping(Message):
    pass


class Order(Message):
    pass


class UrgentOrder(Order):
    pass


@singledispatch
def handle(msg):
    """Handle one message."""
    return f"unknown message {msg!r}"


@handle.register(Message)
def _(msg):
    return f"generic message: {msg.body}"


@handle.register(Order)
def _(msg):
    return f"order for {msg.body}"


@handle.register(int)
def _(msg):
    return f"number {msg}"


def handle_list(msg):
    return f"batch of {len(msg)}: " + ", ".join(handle(m) for m in msg)


handle.register(list, handle_list)


class Router:
    def __init__(self, name):
        self.name = name

    @singledispatchmethod
    def route(self, msg):
        return f"{self.name}: dropped {type(msg).__name__}"

    @route.register(Ping)
    def _(self, msg):
        return f"{self.name}: pong {msg.body}"

    @route.register(str)
    def _(self, msg):
        return f"{self.name}: text {msg!r}"


async def producer(queue):
    for item in [Ping("p1"), Order("tea"), UrgentOrder("coffee"), 42, True, [Ping("a"), 7], "hello", 3.5]:
        await queue.put(item)
        await asyncio.sleep(0.1)
    await queue.put(None)


async def consumer(queue, router):
    while (item := await queue.get()) is not None:
        print(f"[{asyncio.get_running_loop().time():.1f}] {handle(item)}")
        print("   ", router.route(item))


async def main():
    queue = asyncio.Queue()
    await asyncio.gather(producer(queue), consumer(queue, Router("r1")))
    print(handle.dispatch(UrgentOrder) is handle.dispatch(Order))
    print(handle.dispatch(bool).__name__, handle.dispatch(float).__name__)
    print([k.__name__ for k in handle.registry.keys()])
    print(handle.registry[list] is handle_list)
    print(handle.__name__, handle.__doc__, handle.__wrapped__.__name__)
    try:
        handle()
    except TypeError as e:
        print("TypeError:", e)
    try:
        handle.register("not a class", handle_list)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())

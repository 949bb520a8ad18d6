import asyncio

loop = asyncio.new_event_loop()


def p(msg):
    print(msg, loop.time())


def stopper():
    p("stop")
    loop.stop()


loop.call_soon(p, "a")
loop.call_soon(p, "b")
for i in range(6):
    loop.call_later(1.0, p, f"t{i}")
h = loop.call_later(0.5, p, "cancelled")
h.cancel()
loop.call_later(2.0, stopper)
loop.call_later(2.0, p, "same-iteration")
loop.call_later(3.0, p, "never")
loop.run_forever()
print("after", loop.time())

# Driving an async generator by hand, without an event loop: each asend()
# awaitable is stepped with send(); the yielded value arrives as
# StopIteration's value, the end as StopAsyncIteration.
async def countdown(n):
    while n > 0:
        received = yield n
        if received:
            print("received", received)
        n -= 1


gen = countdown(2)
step = gen.asend(None)
try:
    step.send(None)
except StopIteration as e:
    print("yielded", e.value)
try:
    gen.asend("hello").send(None)
except StopIteration as e:
    print("yielded", e.value)
try:
    gen.asend(None).send(None)
except StopAsyncIteration:
    print("exhausted")
try:
    step.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
closer = gen.aclose()
try:
    closer.send(None)
except StopIteration:
    print("aclose finished")
g2 = countdown(3)
try:
    g2.asend(None).send(None)
except StopIteration as e:
    print("yielded", e.value)
try:
    g2.athrow(ValueError("stop")).send(None)
except ValueError as e:
    print("ValueError:", e)
t = g2.asend(None)
t.close()
try:
    t.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

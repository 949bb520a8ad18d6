# 300,000 callbacks: call_soon chains and call_later timers on one loop.
import asyncio

count = 0


def tick(loop, left):
    global count
    count += 1
    if left > 0:
        loop.call_soon(tick, loop, left - 1)


def timer(loop, i):
    global count
    count += 1


loop = asyncio.new_event_loop()
for chain in range(10):
    loop.call_soon(tick, loop, 19999)
for i in range(100000):
    loop.call_later(i % 100 / 10, timer, loop, i)
loop.call_later(11, loop.stop)
loop.run_forever()
loop.close()
print(count, loop.time() if False else "done")

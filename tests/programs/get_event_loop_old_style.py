# The pre-3.7 style many tutorials still show: get_event_loop() makes the loop
# and sets it current, so tasks, gather and ensure_future find it before it runs.
import asyncio

async def hello(n):
    print("hello", n)
    await asyncio.sleep(0.1 * n)
    return n

async def forgot():
    hello(1)
    await asyncio.sleep(0)

loop = asyncio.get_event_loop()
tasks = [loop.create_task(hello(i)) for i in range(3)]
results = loop.run_until_complete(asyncio.gather(*tasks))
print(results)
loop.run_until_complete(forgot())
fut = asyncio.ensure_future(hello(9))
loop.run_until_complete(asyncio.wait([fut]))
print(fut.result(), loop.is_running(), loop.is_closed())
loop.close()
async def nested():
    asyncio.run(hello(2))
try:
    asyncio.run(nested())
except RuntimeError as e:
    print("RuntimeError:", e)

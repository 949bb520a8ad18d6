import asyncio

# A loop is an object with identity: the running loop is the one that runs
# the coroutine, two new loops are two loops, and methods act on their own.
loop_a = asyncio.new_event_loop()
loop_b = asyncio.new_event_loop()
print(loop_a is loop_b, loop_a == loop_b, loop_a == loop_a)
print(loop_a)


async def which(tag):
    running = asyncio.get_running_loop()
    print(tag, running is loop_a, running is loop_b, running)
    print(tag, "get_event_loop is running:", asyncio.get_event_loop() is running)
    await asyncio.sleep(0.5)
    return tag


print(loop_a.run_until_complete(which("a")))
print(loop_b.run_until_complete(which("b")))
task = loop_b.create_task(which("b2"))
print(loop_b.run_until_complete(task), round(loop_b.time(), 3))
loop_a.call_soon(print, "soon on a")
loop_a.call_later(0.25, loop_a.stop)
loop_a.run_forever()
print(loop_a.is_closed(), loop_b.is_closed())
loop_a.close()
print(loop_a.is_closed(), loop_b.is_closed(), loop_a)
loop_b.close()

asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)


async def main():
    loop = asyncio.get_running_loop()
    print(loop.is_running(), {loop: "ok"}[asyncio.get_running_loop()])
    return loop


inner = asyncio.run(main())
print(inner.is_running(), inner.is_closed(), inner is loop_a)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

import asyncio
async def hello(n):
    await asyncio.sleep(n)
    print("hello", n, asyncio.get_running_loop().time())
    return n * 2
async def leftover():
    try:
        await asyncio.sleep(100)
    finally:
        print("leftover cancelled")
async def spawn():
    asyncio.create_task(leftover())
    await asyncio.sleep(0)
with asyncio.Runner() as runner:
    print(runner.run(hello(1)))
    print(runner.run(hello(0.5)))
    loop = runner.get_loop()
    print(loop.is_closed(), loop.time())
    runner.run(spawn())
    print("before close")
print(loop.is_closed())
r = asyncio.Runner()
print(r.run(hello(2)))
r.close()
try:
    r.get_loop()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    asyncio.Runner().run(42)
except ValueError as e:
    print("ValueError", e)

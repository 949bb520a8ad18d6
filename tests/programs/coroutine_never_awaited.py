import asyncio

async def f():
    return 1

for i in range(3):
    f()
c = f()
print(asyncio.run(c))

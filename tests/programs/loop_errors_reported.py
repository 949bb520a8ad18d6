import asyncio

async def boom():
    raise ValueError("bad")

def cb():
    1/0

async def main():
    asyncio.get_running_loop().call_soon(cb)
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.1)
    print("main done")

asyncio.run(main())
print("end")

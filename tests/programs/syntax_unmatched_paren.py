import asyncio

asyncio.run(asyncio.sleep(0.1)))

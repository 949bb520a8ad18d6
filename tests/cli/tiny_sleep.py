# The smallest story: one task prints, sleeps half a second, prints again.
import asyncio

async def main():
    print("hi")
    await asyncio.sleep(0.5)
    print("bye")

asyncio.run(main())

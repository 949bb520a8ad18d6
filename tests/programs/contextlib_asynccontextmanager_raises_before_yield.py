import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def session(user):
    if user == "guest":
        raise ValueError(f"{user} may not log in")
    await asyncio.sleep(0.1)
    yield {"user": user}
    print("logout", user)


async def main():
    async with session("ann") as s:
        print("hello", s["user"])
    async with session("guest") as s:
        print("never")


asyncio.run(main())

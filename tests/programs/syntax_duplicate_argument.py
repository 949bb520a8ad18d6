import asyncio


async def fetch(url, timeout, url):
    await asyncio.sleep(timeout)
    return url

asyncio.run(fetch("a", 0.1, "b"))

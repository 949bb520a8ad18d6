# An async generator of pages consumed with `async for` while other tasks
# run: each `await` inside the generator lets the loop run the others.
import asyncio


async def fetch_pages(site, pages, delay):
    for page in range(1, pages + 1):
        await asyncio.sleep(delay)
        yield f"{site}/page{page}"


async def crawl(site, pages, delay):
    seen = []
    async for url in fetch_pages(site, pages, delay):
        print(f"{asyncio.get_running_loop().time():.2f} {url}")
        seen.append(url)
    return seen


async def heartbeat():
    for _ in range(5):
        print("heartbeat")
        await asyncio.sleep(0.25)


async def main():
    results = await asyncio.gather(crawl("a.example", 3, 0.3), crawl("b.example", 2, 0.5), heartbeat())
    print(results[0])
    print(results[1])
    # two consumers of one generator: the second finds it already running
    gen = fetch_pages("c.example", 3, 0.1)
    first = asyncio.ensure_future(anext(gen))
    await asyncio.sleep(0)
    try:
        await anext(gen)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await first)
    print([url async for url in gen])


asyncio.run(main())

# A logger with its own StreamHandler and Formatter, as the longer asyncio
# posts set one up: handler levels, stdout, propagation to the root.
import asyncio
import logging
import sys

logger = logging.getLogger("crawler")
logger.setLevel(logging.DEBUG)
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(asctime)s [%(levelname)s] %(name)s: %(message)s", datefmt="%H:%M:%S"))
logger.addHandler(handler)
errors = logging.StreamHandler()
errors.setLevel(logging.ERROR)
logger.addHandler(errors)


async def crawl(url, delay):
    logger.debug("fetching %s", url)
    await asyncio.sleep(delay)
    if "bad" in url:
        logger.error("failed: %s", url)
        return None
    logger.info("fetched %s in %.1fs", url, delay)
    return url


async def main():
    results = await asyncio.gather(crawl("a.example", 1.5), crawl("bad.example", 0.5), crawl("b.example", 61))
    logger.warning("done: %s", results)


asyncio.run(main())
print(logger.hasHandlers(), len(logger.handlers), logging.getLogger().hasHandlers(), logger.handlers[0])
logging.basicConfig(format="ROOT %(levelname)s %(name)s %(message)s")
logger.warning("now also through the root handler")
logger.removeHandler(errors)
logger.error("errors handler removed")
logging.getLogger("other").info("below the root's WARNING")
logging.getLogger("other").warning("other logger")

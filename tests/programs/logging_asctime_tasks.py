# logging around tasks, with asctime on the virtual clock.
import asyncio
import logging

logging.basicConfig(level=logging.DEBUG, format="%(asctime)s %(levelname)-8s %(name)s: %(message)s")
log = logging.getLogger("worker")


async def worker(name, delay):
    log.debug("%s starting (delay=%.1f)", name, delay)
    await asyncio.sleep(delay)
    if delay > 1:
        log.warning("%s was slow", name)
    log.info("%s done", name)
    return delay


async def main():
    logging.info("main started")
    results = await asyncio.gather(worker("a", 0.5), worker("b", 1.25), worker("c", 2.0))
    logging.info("results: %s", results)
    try:
        await asyncio.wait_for(worker("d", 5), timeout=1)
    except asyncio.TimeoutError:
        log.error("d timed out at %.1f", asyncio.get_running_loop().time())
    log.error("error %d of %d", 1, 2)
    log.critical("all %(what)s", {"what": "done"})


asyncio.run(main())
quiet = logging.getLogger("quiet")
quiet.setLevel(logging.ERROR)
quiet.warning("not shown")
quiet.error("shown")
print(log, logging.getLogger(), quiet, log.name, log.level, log.getEffectiveLevel(), quiet.isEnabledFor(logging.INFO))
print(logging.getLogger("worker") is log, logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL)
print(logging.getLevelName(20), logging.getLevelName("INFO"), logging.getLevelName(5))
logging.basicConfig(level=logging.ERROR, format="ignored %(message)s")
logging.debug("still debug level: %s", "yes")
logging.basicConfig(format="%(levelname)s|%(message)s|%(asctime)s", datefmt="%H:%M:%S", force=True)
logging.warning("forced")
try:
    quiet.setLevel("NOPE")
except ValueError as e:
    print("ValueError", e)

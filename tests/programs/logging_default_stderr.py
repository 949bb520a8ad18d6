# logging with no configuration: a named logger's warnings go out bare,
# the module functions configure the root logger (WARNING:root:msg).
import asyncio
import logging

log = logging.getLogger(__name__)


async def main():
    log.info("not shown")
    log.warning("bare warning from %s", "a named logger")
    await asyncio.sleep(1)
    logging.warning("now the root logger is configured")
    logging.info("info is below WARNING")
    log.warning("named logger through the root handler")
    logging.error("an error: %r", {"k": 1})
    print("stdout is separate")


asyncio.run(main())

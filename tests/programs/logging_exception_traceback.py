# logging.exception and exc_info=True inside except blocks of tasks: the
# message, then the traceback of the exception being handled.
import asyncio
import logging

logging.basicConfig(format="%(levelname)s %(name)s: %(message)s")
log = logging.getLogger("app")


def parse(text):
    if not text.isdigit():
        raise ValueError(f"not a number: {text!r}")
    return int(text)


async def handle(text):
    await asyncio.sleep(0.1)
    try:
        parse(text)
    except ValueError:
        log.exception("could not parse %r", text)
        return None
    return text


async def main():
    print(await asyncio.gather(handle("12"), handle("x")))
    try:
        raise KeyError("k")
    except KeyError:
        logging.exception("missing key")
    try:
        try:
            raise ZeroDivisionError("inner")
        except ZeroDivisionError:
            raise RuntimeError("wrapped")
    except RuntimeError:
        log.error("with context", exc_info=True)
    log.info("not shown")


asyncio.run(main())

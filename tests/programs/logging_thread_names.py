# %(threadName)s tells the loop's lines from the executor workers' ones.
import asyncio
import logging
import threading
import time

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(threadName)-10s %(message)s")


def blocking(n):
    logging.info("blocking job %d starts", n)
    time.sleep(1)
    logging.info("blocking job %d ends", n)
    return n * n


async def main():
    loop = asyncio.get_running_loop()
    logging.info("main starts")
    results = await asyncio.gather(*(loop.run_in_executor(None, blocking, n) for n in range(3)))
    logging.info("results %s", results)
    worker = threading.Thread(target=blocking, args=(9,))
    worker.start()
    worker.join()


asyncio.run(main())

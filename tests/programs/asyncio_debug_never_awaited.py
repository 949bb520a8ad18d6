# A forgotten await: in debug mode the warning shows where the coroutine
# was created, frame by frame, asyncio's own frames included.
import asyncio


async def save(record):
    print("saving", record)


def schedule_save(record):
    save(record)  # forgot to create a task


async def handle(record):
    save(record)  # forgot the await
    await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    await handle("a")
    loop.call_soon(schedule_save, "b")
    await asyncio.sleep(0.1)
    await save("c")
    print("done")


asyncio.run(main(), debug=True)

import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return f"{name} after {delay}"


async def main():
    print("current task:", asyncio.current_task().get_name())
    jobs = [job("slow", 0.3), job("fast", 0.1), job("mid", 0.2)]
    for next_done in asyncio.as_completed(jobs):
        result = await next_done
        print(result, "| tasks alive:", len(asyncio.all_tasks()))


asyncio.run(main())

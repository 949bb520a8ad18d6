# The asyncio docs' first example, with its wall-clock timestamps, and the
# time module's calendar functions on the virtual clock.
import asyncio
import time


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


async def main():
    print(f"started at {time.strftime('%X')}")
    await say_after(1, "hello")
    await say_after(2, "world")
    print(f"finished at {time.strftime('%X')}")

    task1 = asyncio.create_task(say_after(1, "hello"))
    task2 = asyncio.create_task(say_after(2, "world"))
    print(f"started at {time.strftime('%X')}")
    await task1
    await task2
    print(f"finished at {time.strftime('%X')}")


asyncio.run(main())
print(time.strftime("%Y-%m-%d %H:%M:%S"), time.ctime(), time.asctime())
now = time.localtime()
print(now)
print(now.tm_year, now.tm_sec, now[5], now.tm_zone, len(now), time.gmtime(0).tm_zone)
print(time.gmtime(1e9))
t = time.gmtime(86400 * 45 + 3723.7)
print(time.strftime("%a %A %b %B %c|%d %H %I %j %m %M %p %S %U %w %W|%x %X %y %Y %z %% %e %D %T %R %C %u", t))
print(time.strftime("%Z", t), time.strftime("%Z"), time.ctime(1234567890), time.asctime(t))
print(time.strftime("%I:%M %p on %A, %d %B %Y", time.gmtime(1700000000)))
time.sleep(3725)
print(time.strftime("%H:%M:%S"), time.time(), time.time_ns())
for bad in (lambda: time.strftime(5), lambda: time.strftime("%Y", (1, 2))):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

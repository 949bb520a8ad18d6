# datetime on the virtual clock: timestamps of task events, deadlines
# with timedelta, and the reprs and formats of datetime, date, timedelta.
import asyncio
import datetime
from datetime import date, timedelta


async def job(name, seconds):
    started = datetime.datetime.now()
    await asyncio.sleep(seconds)
    finished = datetime.datetime.now()
    print(f"{name}: {started:%H:%M:%S} -> {finished.strftime('%H:%M:%S.%f')} took {finished - started}")
    return finished - started


async def main():
    print("start", datetime.datetime.now(), date.today(), datetime.datetime.utcnow().isoformat())
    durations = await asyncio.gather(job("short", 1.5), job("long", 61.25))
    print(durations, sum(durations, timedelta()), max(durations))
    deadline = datetime.datetime.now() + timedelta(minutes=5)
    print("deadline", deadline, repr(deadline), deadline.isoformat(), deadline.isoformat(" "))


asyncio.run(main())
d = datetime.datetime(2024, 1, 2, 3, 4, 5, 6)
print(repr(d), d, repr(datetime.datetime(2024, 1, 2)), repr(datetime.datetime(2024, 1, 2, 3, 4)), repr(datetime.datetime(2024, 1, 2, 3, 4, 5)))
print(repr(date(2024, 1, 2)), date(2024, 1, 2), date(2024, 3, 1) - date(2024, 2, 1), d.date(), d.timestamp(), d.weekday(), d.isoweekday())
print(d.strftime("%Y-%m-%d %H:%M:%S.%f %j %a %b"), d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond)
for td in [timedelta(0), timedelta(days=1, seconds=7384, microseconds=500000), timedelta(hours=-1), timedelta(minutes=90),
           timedelta(weeks=1, milliseconds=1), timedelta(seconds=0.5), timedelta(days=-1, seconds=5), timedelta(microseconds=-1), timedelta(2)]:
    print(repr(td), str(td), td.total_seconds(), td.days, td.seconds, td.microseconds)
print(timedelta(seconds=10) * 1.5, 2 * timedelta(hours=1), timedelta(seconds=10) / 3, timedelta(seconds=10) / timedelta(seconds=4), timedelta(seconds=10) // timedelta(seconds=4))
print(-timedelta(seconds=1), +timedelta(hours=2), abs(timedelta(minutes=-5)), -timedelta(days=1, seconds=1))
print(timedelta(1) > timedelta(0), bool(timedelta(0)), timedelta(seconds=3) == timedelta(seconds=3), timedelta(hours=1) + timedelta(minutes=1))
print(datetime.datetime(2024, 1, 1) + timedelta(hours=25), datetime.datetime(2024, 3, 1) - datetime.datetime(2024, 2, 28, 12), datetime.datetime.fromtimestamp(0.5))
print(datetime.datetime.utcfromtimestamp(86400 * 365.25 * 30), date.fromtimestamp(0), datetime.datetime(2024, 1, 1) < datetime.datetime(2024, 1, 2))
print(datetime.datetime(2024, 1, 2).replace(day=5), date(2024, 2, 28) + timedelta(days=2), datetime.datetime, date, timedelta)
for bad in (lambda: datetime.datetime(2024, 13, 1), lambda: datetime.datetime(2024, 2, 30), lambda: date(2024, 1, 0),
            lambda: datetime.datetime(2024, 1, 1, 24), lambda: datetime.datetime(2024), lambda: timedelta(1) + 1):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

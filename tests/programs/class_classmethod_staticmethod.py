import asyncio


class Job:
    count = 0

    def __init__(self, name, priority=0):
        self.name = name
        self.priority = priority
        Job.count += 1

    @classmethod
    def from_string(cls, text):
        name, _, priority = text.partition(":")
        return cls(name, int(priority or 0))

    @classmethod
    def how_many(cls):
        return f"{cls.__name__}: {cls.count} made"

    @staticmethod
    def valid_name(name):
        return name.replace("_", "").isalnum()

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.priority})"


class UrgentJob(Job):
    @classmethod
    def from_string(cls, text):
        job = super().from_string(text)
        job.priority += 100
        return job


jobs = [Job.from_string("backup:2"), UrgentJob.from_string("page:1"), Job("idle")]
print(jobs)
print(Job.how_many(), UrgentJob.how_many(), jobs[1].how_many())
print(Job.valid_name("ok_name"), jobs[0].valid_name("not ok"), UrgentJob.valid_name("x"))
print(sorted(jobs, key=lambda j: j.priority, reverse=True))
print(type(jobs[1]) is UrgentJob, isinstance(jobs[1], Job), issubclass(UrgentJob, Job))


def plain(x):
    return x * 2


class Tools:
    double = staticmethod(plain)
    make = classmethod(lambda cls, n: [cls.__name__] * n)


print(Tools.double(4), Tools().double(5), Tools.make(2), Tools().make(1))


class Fetcher:
    delay = 0.1

    @classmethod
    async def fetch_all(cls, names):
        return await asyncio.gather(*(cls.fetch(n) for n in names))

    @classmethod
    async def fetch(cls, name):
        await asyncio.sleep(cls.delay)
        return name.upper()

    @staticmethod
    async def ping():
        await asyncio.sleep(0)
        return "pong"


async def main():
    print(await Fetcher.fetch_all(["a", "b"]), await Fetcher.ping())
    print(asyncio.get_running_loop().time())


asyncio.run(main())
try:
    Job.from_string()
except TypeError as e:
    print("TypeError:", e)
try:
    Job.valid_name()
except TypeError as e:
    print("TypeError:", e)

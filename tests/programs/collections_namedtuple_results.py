# Task results as namedtuples: fields, defaults, _replace, _asdict, unpacking.
import asyncio
from collections import namedtuple

Result = namedtuple("Result", ["name", "seconds", "ok"], defaults=[True])
Point = namedtuple("Point", "x y")


async def job(name, delay):
    await asyncio.sleep(delay)
    return Result(name, delay)


async def main():
    results = await asyncio.gather(job("a", 0.3), job("b", 0.1), job("c", 0.2))
    for r in results:
        print(r, r.name, r[1], r.ok)
    fastest = min(results, key=lambda r: r.seconds)
    print("fastest:", fastest.name)
    print(sorted(results, key=lambda r: r.seconds))
    name, seconds, ok = results[0]
    print(name, seconds, ok)
    failed = results[1]._replace(ok=False)
    print(failed, failed._asdict(), Result._fields, Result._field_defaults)
    p = Point(1, 2)
    print(p, p == (1, 2), p + (3,), p[:1], len(p), list(p), Point._make([3, 4]), Point(y=5, x=6))
    print(p < Point(1, 3), {p: "here"}, hash(p) == hash((1, 2)), p.count(1), p.index(2))
    print(Point, Point.__name__)
    for bad in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: p.z,
                lambda: p._replace(z=1), lambda: Point._make([1]), lambda: namedtuple("Q", "a a"),
                lambda: namedtuple("Q", "a _b"), lambda: namedtuple("Q", "a def")):
        try:
            bad()
        except (TypeError, ValueError, AttributeError) as e:
            print(type(e).__name__, e)


asyncio.run(main())

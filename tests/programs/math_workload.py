# math in a CPU-bound workload run in a task, and the module's errors.
import asyncio
import math
import random


async def stats(name, values):
    await asyncio.sleep(0.1)
    mean = math.fsum(values) / len(values)
    sd = math.sqrt(math.fsum((v - mean) ** 2 for v in values) / len(values))
    return name, round(mean, 6), round(sd, 6)


async def main():
    random.seed(3)
    samples = {n: [random.uniform(0, 10) for _ in range(50)] for n in "abc"}
    for name, mean, sd in await asyncio.gather(*(stats(n, v) for n, v in samples.items())):
        print(f"{name}: mean={mean} sd={sd}")


asyncio.run(main())
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(10**20), math.floor(1e20))
print(math.sqrt(2), math.isqrt(17), math.isqrt(10**30), math.exp(1), math.log(100, 10), math.log(8, 2), math.log2(1024), math.log10(0.001))
print(math.log(10**400), math.log1p(1e-10), math.expm1(1e-10), math.pow(2, 0.5), math.pow(2, 10), math.fabs(-3))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(24, 36, 60), math.gcd(), math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm())
print(math.factorial(0), math.factorial(20), math.factorial(30), math.comb(10, 3), math.comb(5, 9), math.perm(5, 2), math.perm(5))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([0.5, 4], start=2), math.prod(range(1, 21)))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]))
print(math.hypot(3, 4), math.hypot(1, 1), math.hypot(1, 2, 3), math.hypot(), math.hypot(-5), math.dist((0, 0), (1, 1)), math.dist([1, 2, 3], [4, 6, 8]))
print(math.hypot(0.1, 0.2), math.hypot(1e-300, 1e-300), math.hypot(1e300, 1e300), math.dist((1.5, 2.25), (0.1, 7.3)))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan), math.isnan(1))
print(math.copysign(3, -0.0), math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.atan2(1, 1), math.asin(1), math.acos(0))
print(math.degrees(math.pi), math.radians(180), math.sinh(1), math.cosh(1), math.tanh(0.5), math.atan(1))
print(math.modf(2.5), math.modf(-3.75), math.fmod(7, 3), math.fmod(-7, 3), math.remainder(5, 3), math.remainder(7, 2))
checks = [
    lambda: math.sqrt(-1),
    lambda: math.sqrt('a'),
    lambda: math.floor(math.inf),
    lambda: math.floor(math.nan),
    lambda: math.factorial(-1),
    lambda: math.factorial(1.5),
    lambda: math.isqrt(-1),
    lambda: math.comb(-1, 2),
    lambda: math.perm(5, -1),
    lambda: math.log(0),
    lambda: math.log(-1),
    lambda: math.exp(1000),
    lambda: math.pow(0, -1),
    lambda: math.dist([1], [1, 2]),
    lambda: math.fsum([math.inf, -math.inf]),
    lambda: math.gcd(1.5),
    lambda: math.sqrt(),
    lambda: math.sqrt(1, 2),
    lambda: math.log(1, 2, 3),
    lambda: math.log(8, 1),
    lambda: math.atan2(1),
    lambda: math.isclose(1, 2, rel_tol=-1),
    lambda: math.sqrt(10**400),
    lambda: math.fmod(1, 0),
    lambda: math.sin(math.inf),
]
for check in checks:
    try:
        print(check())
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

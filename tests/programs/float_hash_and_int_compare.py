# hash() of floats is CPython's numeric hash: equal numbers hash equal
# (hash(1.0) == hash(1)), so a set built at run time iterates as CPython's.
import asyncio

for x in [1.0, 2.5, -1.0, -2.5, 1e20, 1e-20, 5e-324, 1.7976931348623157e308,
          float("inf"), -float("inf"), 0.1, -0.0, 0.0, 3.141592653589793, 2.0**70]:
    whole = abs(x) != float("inf") and x == int(x)
    print(repr(x), hash(x), hash(x) == hash(int(x)) if whole else "-")
print(hash(1) == hash(1.0) == hash(True), hash((1.5, 2)) == hash((1.5, 2.0)))


async def measure(i):
    await asyncio.sleep(i / 10)
    return i * 0.1


async def main():
    seen = set()
    for r in await asyncio.gather(*(measure(i) for i in range(8))):
        seen.add(r)
    print(seen)
    print(sorted(seen) == sorted(set(seen)), {0.5: "half"}[1 / 2])

asyncio.run(main())

# Ints against floats compare exactly, as CPython's float_richcompare does.
big = int(1.7976931348623157e308)
print(big % 1000, big == 1.7976931348623157e308, float(big) == 1.7976931348623157e308)
print(1e23 == 10**23, 1e23 < 10**23, 10**16 + 1 == 1e16, 10**16 + 1 > 1e16, 2**53 + 1 == 2.0**53)
print(2**1024 > 1e308, 2**1024 < float("inf"), -2**1024 > -float("inf"), (10**30) == 1e30, 10**30 < 1e30)
print(round(2.5e20), round(-1e19), int(-9.5e18), int(1e19) == 10**19, max(10**16 + 1, 1e16))
print(sorted([10**16 + 1, 1e16, 10**16 - 1, 9999999999999998.0]))

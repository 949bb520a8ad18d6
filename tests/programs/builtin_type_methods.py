# A built-in type's methods read off the type, as tutorials pass them around:
# key=str.lower, map(str.strip, ...), dict.fromkeys, int.from_bytes.
import asyncio

lines = ["  banana ", "Apple\n", " cherry"]
names = list(map(str.strip, lines))
print(sorted(names), sorted(names, key=str.lower), list(map(str.upper, names)))
print(dict.fromkeys(names), dict.fromkeys("abc", 0), dict.fromkeys([]))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xfe", byteorder="big", signed=True))
append = list.append
box = []
append(box, 1)
print(box, str.join(", ", names), dict.get({"a": 1}, "b", 0), set.union({1}, {2}), tuple.count((1, 1, 2), 1), float.is_integer(2.0), int.bit_length(255))
print(str.lower, list.append, dict.get, type(str.lower).__name__, str.lower.__name__, str.lower.__qualname__)
table = str.maketrans({"a": "4", "e": "3"})
print("release".translate(table), "hello".translate(str.maketrans("lo", "01", "h")))


def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


check(lambda: str.lower(5))
check(lambda: str.lower())
check(lambda: list.append((1,), 2))
check(lambda: str.maketrans("ab", "c"))
check(lambda: int.from_bytes(b"\x01", "middle"))


async def fetch(name):
    await asyncio.sleep(len(name) / 10)
    return name


async def main():
    results = await asyncio.gather(*map(fetch, names))
    print(list(map(str.title, results)))

asyncio.run(main())

import collections
stock = collections.Counter(apples=3, pears=-2, plums=0)
print(+stock, -stock, stock)

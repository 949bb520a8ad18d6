import asyncio

data = [3, 8, 1, 9, 4]
items = list(data)
while (item := items.pop() if items else None) is not None:
    print("got", item)

if (n := len(data)) > 3:
    print(f"list is too long ({n} elements, expected <= 3)")

values = [y for x in data if (y := x * 2) > 5]
print(values, y)

def scaled(xs):
    total = 0
    out = [(total := total + x) for x in xs]
    return out, total

print(scaled([1, 2, 3]))

def nested():
    found = [[last := a + b for b in range(2)] for a in range(3)]
    return found, last

print(nested())

print(max(data, key=lambda v: (w := -v)), )
print(any((hit := v) > 8 for v in data), hit)
print(f"{(z := 10)} and {z * 2}")

async def fetch(i):
    await asyncio.sleep(0.1 * i)
    return i * i

async def main():
    results = await asyncio.gather(*(fetch(i) for i in range(4)))
    first, *middle, last = results
    print(first, middle, last)
    if (count := len(results)) == 4:
        print("all", count, "done")
    queue = [1, 2, 3]
    while (chunk := queue[:2]):
        queue = queue[2:]
        print("chunk", chunk)

asyncio.run(main())

print(print(s := "printed"), s)
class C:
    def m(self):
        return [(q := i) for i in range(3)], q
print(C().m())

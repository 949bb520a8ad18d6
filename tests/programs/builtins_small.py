import asyncio

x = 1
def f(a, b=2):
    c = a + b
    return c

print(list(globals()))
print([k for k in globals() if not k.startswith("__")])
print(globals()["x"], "x" in globals(), globals()["__name__"])
print(sorted(k for k in locals() if not k.startswith("_")))

async def main():
    print(sorted(k for k in globals() if not k.startswith("__")))

asyncio.run(main())

print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(2, -1), pow(38, -1, 97))
print(pow(5, 3, -7), pow(-5, 3, 7), pow(2, 10**20, 10**9 + 7), pow(2, 3, None))
for bad in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3, 5.0)]:
    try:
        pow(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
print(bin(10), oct(8), hex(255), bin(-5), hex(-255), oct(0), bin(2**70))
print(format(3.14159, ".2f"), format(42, "08b"), format("x", ">5"), format(7), format(1234567, ","), format(0.25, "%"))
print(callable(print), callable(1), callable(lambda: 0), callable(f), callable(int))

a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a is b, id(None) == id(None), id(1) == id(1), id(x) == id(1))
print(isinstance(id(a), int), id(a) > 0)
ids = {id(v) for v in [a, c, f, x, "s", None, (1, 2)]}
print(len(ids))

print(..., Ellipsis, ... is Ellipsis, repr(...), ... == Ellipsis, bool(...))
def stub():
    ...
print(stub())
print([1, ..., 3])

try:
    name = input("Your name: ")
except EOFError as e:
    print("EOFError:", e)

print(hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)), hash(7))
input()

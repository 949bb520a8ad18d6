# Python reads identifiers in NFKC form (PEP 3131): a ligature, full-width
# letters, a black-letter capital or the micro sign name the same variable as
# their plain spelling.
import asyncio

ﬁle = "the fi ligature is f + i"
print(file)
ｃｏｕｎｔ = 3
print(count + 1)
ℌ = "black-letter H"
print(H)
µ = 0.001
print(μ * 1000)
名字 = "CJK names stay as they are"
print(名字)
café = "composed"
print(café, globals()["café"], "café" in globals())


async def ｔｉｃｋ(n):
    await asyncio.sleep(0.1)
    return n * 2


async def main():
    print(await tick(21), tick.__name__, ｔｉｃｋ.__qualname__)


asyncio.run(main())

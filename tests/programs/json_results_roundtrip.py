# json around asyncio: results of gathered tasks dumped with indent,
# round trips, and the decoder's errors.
import asyncio
import json
from collections import Counter, namedtuple

Result = namedtuple("Result", "name ok")


async def check(name, delay):
    await asyncio.sleep(delay)
    return {"name": name, "delay": delay, "ok": delay < 0.3, "tags": ("a", "b"), "extra": None}


async def main():
    results = await asyncio.gather(check("alpha", 0.1), check("beta", 0.4), check("gamma", 0.2))
    print(json.dumps(results, indent=2))
    text = json.dumps({"results": results, "at": asyncio.get_running_loop().time()})
    print(text)
    back = json.loads(text)
    print(back["results"][1]["name"], back["at"], back == {"results": results, "at": 0.4})
    print(json.dumps(Counter("hello")), json.dumps(Result("x", True)), json.dumps({"z": 1, "a": [1, 2]}, sort_keys=True, indent=4))


asyncio.run(main())
print(json.dumps({"a": [1, 2.5, (3, 4)], "b": None, "c": True, 1: "x", 2.5: "y", None: 1, False: 2}))
print(json.dumps({"é": "ü😀", "q": "\"\\\n\t\x01"}), json.dumps("é", ensure_ascii=False), json.dumps("naïve ☕", ensure_ascii=False))
print(json.dumps({"a": [1, {"b": []}, {}], "c": "x"}, indent=2, sort_keys=True))
print(json.dumps([1, [2, []]], indent="\t"), json.dumps([1, 2], indent=0), json.dumps({"a": 1, "b": 2}, separators=(",", ":")))
print(json.dumps(float("inf")), json.dumps(-float("inf")), json.dumps(float("nan")), json.dumps(1e100), json.dumps(10**30), json.dumps([]), json.dumps({}))
print(json.dumps({"s": {3, 1, 2}}, default=sorted), json.dumps({"b": 1, "a": 2}, sort_keys=True, indent=4))
print(json.loads('{"a": [1, 2.5, -3e2, true, false, null, "x\\u00e9\\n"], "b": {}, "c": 1e400, "d": NaN, "e": -0.0, "f": 12345678901234567890}'))
print(json.loads(' [1, "two", {"three": 3}] '), json.loads('"\\ud83d\\ude00"'), json.loads("0"), json.loads("-12.5e-1"))
for bad in ["", "[1,]", '{"a":1,}', "{a:1}", '{"a" 1}', "[1 2]", "1 2", '"abc', '"a\\qb"', '"a\nb"', "tru", "[", '{"a":',
            "  \n  x", "-", "1.", "01", "[1,2", '{"a":1', "nul"]:
    try:
        print(repr(bad), json.loads(bad))
    except json.JSONDecodeError as e:
        print(repr(bad), type(e).__name__, e)
for bad in ({1, 2}, {(1, 2): 3}, print, {"b": 1, 2: 3}):
    try:
        print(json.dumps(bad, sort_keys=True))
    except TypeError as e:
        print("TypeError", e)
try:
    json.loads("{oops}")
except ValueError as e:
    print("ValueError", e)

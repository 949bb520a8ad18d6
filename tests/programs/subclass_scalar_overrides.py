# Scalar subclasses with their own __eq__ / __hash__ (a case-insensitive
# key), methods calling the str ones through super() and str.__repr__,
# explicit dunder calls, a float subclass as a delay, and __new__ calling
# int.__new__ / str.__new__ directly (with attributes set on the instance).
import asyncio
import json

class CI(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()
    def __hash__(self):
        return hash(self.lower())
d = {CI("Hello"): 1}
print(d.get(CI("HELLO")), CI("A") == "a", "a" == CI("A"), CI("A") != "a", len({CI("x"), CI("X")}))
class Name(str):
    def __init__(self, value):
        self.length = len(value)
    def upper(self):
        return Name(super().upper())
    def __repr__(self):
        return f"Name({str.__repr__(self)})"
n = Name("abc")
print(n.length, n.upper(), repr(n.upper()), type(n) == Name, n.__class__ is Name, sorted([Name("b"), Name("a")], key=str.lower))
print("{:>6}|{!r}|{}".format(n, n, n), set([Name("a"), "a"]), Name("a") in {"a": 1}, n.join(["1", "2"]), n.__len__())
class Money(float):
    def __repr__(self):
        return f"Money({float.__repr__(self)})"
m = Money(2.5)
print(m, repr(m), m.__add__(1), str(m), json.dumps([m]), round(m), bool(Money(0)))
class Secs(float):
    pass
async def main():
    await asyncio.sleep(Secs(0.5))
    print("slept", asyncio.get_running_loop().time())
asyncio.run(main())
class Prio(int):
    def __new__(cls, value, label=""):
        obj = int.__new__(cls, value)
        obj.label = label
        return obj
p = Prio(3, "high")
print(p, p.label, p + 1, [Prio(1)], repr(p))
class Code(str):
    def __new__(cls, value):
        return str.__new__(cls, value.upper())
print(Code("ab"), type(Code("ab")).__name__)

class A:
    cls_list = []
    def __init__(self):
        self.cls_list.append(1)
a1, a2 = A(), A()
print(A.cls_list, a1.cls_list is a2.cls_list)
a1.cls_list = ["own"]
print(a1.cls_list, a2.cls_list, A.cls_list)
del a1.cls_list
print(a1.cls_list)
class B:
    def method(self): return "m"
b = B()
b.method = lambda: "instance attr"
print(b.method())
del b.method
print(b.method())
B.method = lambda self: "patched"
print(b.method())
def outside(self, x): return x * 2
B.double = outside
print(b.double(4), B.double(b, 5))
print(getattr(b, "double")(6))
class C:
    @property
    def p(self): return "prop"
c = C()
c.__dict__["p"] = "shadow"
print(c.p, vars(c))
class D:
    x = 1
    @classmethod
    def inc(cls):
        cls.x += 1
        return cls.x
class E(D): pass
print(E.inc(), E.x, D.x, E().inc(), D.inc())
class F:
    @staticmethod
    def s(*args): return args
print(F.s(1), F().s(2))
m = F().s
print(m(3))
print(type(C.p).__name__, type(D.inc).__name__, type(D.__dict__ if False else 1).__name__)
import asyncio
class Worker:
    def __init__(self, n): self.n = n
    async def run(self):
        await asyncio.sleep(self.n / 10)
        return self.n
async def main():
    ws = [Worker(i) for i in (3, 1, 2)]
    coros = [w.run() for w in ws]
    print(await asyncio.gather(*coros))
    runs = [getattr(w, "run") for w in ws]
    for r in runs:
        print(await r())
asyncio.run(main())

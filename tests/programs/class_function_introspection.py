import asyncio
class A:
    x = 1
    def f(self): return "A.f"
class B(A):
    pass
b = B()
print(B.x, b.x, B.f.__qualname__, b.f.__name__ if hasattr(b.f, "__name__") else None)
print(A.f(b), B.f(b))
print(type(b.f).__name__, type(A.f).__name__, type(A).__name__, type(type(b)).__name__)
print(repr(B.__mro__))
print(isinstance(b, type), isinstance(B, type), isinstance(B, object), type(B) is type)
b.y = 2
print(b.__dict__, B.__doc__, A.__module__)
print(hasattr(B, "f"), getattr(B, "f") is A.f, B.__base__, A.__base__)
def deco(f):
    print("deco", f.__name__, f.__qualname__)
    return f
class C:
    @deco
    def m(self): pass
    @deco
    @staticmethod
    def s(): return "s"
    @classmethod
    @deco
    def c(cls): return cls.__name__
print(C.s(), C.c(), C().c())
@deco
async def co(): return 5
print(asyncio.run(co()))
lam = deco(lambda: 1)
print(lam.__name__, lam.__doc__)
def documented():
    """Doc line 1.

    More text.
    """
print(repr(documented.__doc__))
documented.__doc__ = "new"
print(documented.__doc__)
print(documented.__defaults__, (lambda a, b=2, *c, d=4: 0).__defaults__, (lambda *, d=4: 0).__kwdefaults__)
class P:
    @property
    def v(self): return 1
p = P()
try:
    p.v = 2
except AttributeError as e: print(e)
print(P.v.fget(p), P.v.setter(lambda s, x: None).fset is not None)
class Q(P):
    @P.v.setter
    def v(self, x): print("set", x)
q = Q(); q.v = 9; print(q.v)
print(callable(P.v), callable(staticmethod(len)))

try:
    isinstance(1, 2)
except TypeError as e: print(e)
print(issubclass(type, object), issubclass(B, B), issubclass(int, (str, object)))

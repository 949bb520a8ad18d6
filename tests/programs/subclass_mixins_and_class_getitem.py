# Mixins beside a container base (class E(Mixin, dict)), super().__init__
# through a chain of list subclasses, and __class_getitem__ written by hand
# (plain or as a classmethod) or missing.
class C:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item}]"
class D:
    @classmethod
    def __class_getitem__(cls, item):
        return f"{cls.__name__}<{item}>"
print(C[int], D[str])
class A(list):
    def __init__(self, x):
        super().__init__(x)
        self.n = len(x)
class B(A):
    def __init__(self):
        super().__init__([1, 2])
b = B()
print(b, b.n, vars(b), B.__mro__)
class M:
    def hello(self): return "hi"
class E(M, dict):
    pass
e = E(a=1)
print(e, e.hello(), E.__mro__)
class F(dict, M):
    def __init__(self):
        super().__init__(z=0)
print(F(), F().hello())
class C: pass
try:
    C[int]
except TypeError as e:
    print(e)

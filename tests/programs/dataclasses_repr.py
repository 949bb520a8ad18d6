# Reprs and fields of dataclasses: nested classes' qualnames, the recursion
# guard, a field named self, Field attributes, an error inside a field's repr.
import dataclasses
from dataclasses import dataclass, field

@dataclass()
class Empty:
    pass

@dataclasses.dataclass
class Outer:
    @dataclass
    class Inner:
        x: int = 1
    inner: "Outer.Inner" = None

print(Empty(), Empty() == Empty(), Outer(Outer.Inner()), Outer.Inner.__init__.__qualname__)
print(Outer.Inner.__repr__.__name__, Outer.__eq__)
@dataclass
class Config:
    x: int = 0
try:
    @dataclass
    class App:
        cfg: Config = Config()
except ValueError as e:
    print(e)
@dataclass
class S:
    self: int
    other: int = 2
print(S(1), S(self=3) == S(3, 2))
f = dataclasses.fields(S)[0]
print(f.name, f.type, f.default is dataclasses.MISSING, f.default_factory is dataclasses.MISSING, f.init, f.repr, f.hash, f.compare, f.kw_only, f.metadata)
print(isinstance(f, dataclasses.Field), dataclasses.Field, dataclasses.FrozenInstanceError)
@dataclass
class Bad:
    x: int
    def __repr__(self):
        return 1/0
@dataclass
class R:
    a: object = None
r = R()
r.a = r
print(r)
r.a = [Bad(1)]
print(r)

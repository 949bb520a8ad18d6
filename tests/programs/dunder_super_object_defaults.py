# object's own special methods reached through super() and object.:
# a subclass decorating the default repr, an __eq__ that defers to
# identity, a __hash__ kept from object, a __setattr__ that validates.


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        default = super().__repr__()
        return default.replace(" object at", f" {self.name!r} at")[:30] + ">"

    def __str__(self):
        return "Node " + super().__str__()


n = Node("root")
print(repr(n).startswith("<__main__.Node 'root' at 0x"), str(n).startswith("Node <__main__.Node"))


class Token:
    def __init__(self, text):
        self.text = text

    def __eq__(self, other):
        if isinstance(other, str):
            return self.text == other
        return super().__eq__(other)

    def __hash__(self):
        return object.__hash__(self)


t = Token("if")
print(t == "if", t == "else", t == t, t == Token("if"), t != Token("if"), len({t, t, Token("if")}))
print(object.__eq__(t, t), object.__eq__(t, 1), object.__ne__(t, t))


class Positive:
    def __setattr__(self, name, value):
        if value < 0:
            raise ValueError(f"{name} must be positive, got {value}")
        object.__setattr__(self, name, value)

    def __format__(self, spec):
        return "Positive:" + super().__format__(spec)

    def __repr__(self):
        return "P"


p = Positive()
p.x = 3
print(p.x, f"{p}", format(p))
try:
    p.y = -1
except ValueError as e:
    print(e)
try:
    format(p, "x")
except TypeError as e:
    print(e)
try:
    object.__repr__()
except TypeError as e:
    print(e)
print(object.__lt__(p, p), object.__ge__(p, 1))

def gen_squares(n):
    for i in range(n):
        yield i * i
print(list(gen_squares(5)), sum(gen_squares(4)))
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()
    def __len__(self):
        return len(self.items)
s = Stack()
s.push(1); s.push(2)
print(s.pop(), s.items)
d = {"a": 1, "b": 2}
del d["a"]
d["a"] = 3
print(d, list(d))
pairs = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(pairs, key=lambda p: p[1]))
try:
    raise KeyError("a", "b")
except KeyError as e:
    print(e)
print("ÄÖü".lower(), "straße".upper(), "héllo"[1], len("héllo"))
print([[j for j in range(i)] for i in range(4)])
x = 10
lst = [x for x in range(3)]
print(x, lst)
print(max(3, 7.5), min("b", "a"), sum([1.5, 2.5]), 3 * "ab", [1] * 0)
print("a" < "B", "apple" > "app", [1, 2] < [1, 2, 0], (1, "z") > (1, "a"))
print(int(-7 / 2), -7 // 2, round(-7 / 2), 2 ** -2, (-8) ** (1/3) if False else 0)
print(", ".join(map(str, range(5))), "x".join("abc"), "".join(reversed("abc")))
nested = {"k": {"inner": [1, {"deep": True}]}}
print(nested["k"]["inner"][1]["deep"], nested)
def default_list(v, acc=[]):
    acc.append(v)
    return acc
print(default_list(1), default_list(2))
print(bool(None), False, None == False, [] == [], [] is [])
print(f"{10:,d} {1234.5:,.1f} {0.000123:.2e} {123:08b} {255:#06x} {-42:>+6}")

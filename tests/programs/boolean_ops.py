print(True and False, True or False, not True, 0 and 1, 0 or [], "" or "x", [] and 1, None is None)
print(1 < 2 < 3 < 4, 1 < 3 < 2, 1 == 1.0 != 2, 5 > 3 >= 3, "a" < "b" < "c", [1] == [1], (1, 2) != (1, 2))
print(True + True, True * 10, False - 1, int(True), 3 if 2 > 1 else 4, "yes" if [] else "no")
x = None
print(x is None, x is not None, 1 in [1, 2], 3 not in (1, 2), "k" in {"k": 1}, bool(0.0), bool(-1))
def check(v):
    return "neg" if v < 0 else "zero" if v == 0 else "pos"
print([check(v) for v in (-2, 0, 5)])

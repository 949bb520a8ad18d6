def risky(v):
    if v == 0:
        raise ValueError("zero!")
    return 10 / v
for v in [2, 0]:
    try:
        r = risky(v)
    except (ValueError, TypeError) as e:
        print("caught", type(e).__name__, e, e.args)
    else:
        print("ok", r)
    finally:
        print("finally", v)
try:
    [1, 2][5]
except IndexError as e:
    print(e)
try:
    {}["k"]
except KeyError as e:
    print("KeyError", e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    try:
        raise RuntimeError("inner")
    except RuntimeError:
        print("re-raising")
        raise
except Exception as e:
    print("outer got", repr(e))
def f():
    try:
        return "from try"
    finally:
        print("finally runs before return")
print(f())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("cleanup", i)
assert 1 + 1 == 2, "math"
try:
    assert False, "boom"
except AssertionError as e:
    print("assert:", e)
print(isinstance(ValueError("x"), Exception), isinstance(3, (str, int)), isinstance(True, int))

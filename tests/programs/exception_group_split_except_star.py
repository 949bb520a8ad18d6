eg = ExceptionGroup("batch failed", [ValueError("bad value"), TypeError("bad type"), ValueError("another")])
print(str(eg))
print(repr(eg))
print(eg.message, eg.exceptions)
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)))
print(eg.subgroup(KeyError))
print(repr(eg.subgroup(lambda e: "type" in str(e))))
print(repr(eg.derive([KeyError("k")])))
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
m, r = nested.split(ValueError)
print(repr(m))
print(repr(r))
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
for args in [("m",), (1, [ValueError()]), ("m", 5), ("m", []), ("m", [1]), ("m", [KeyboardInterrupt()])]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))

try:
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])
except* ValueError as group:
    print("values:", repr(group))
except* TypeError as group:
    print("types:", repr(group))
except* KeyError:
    print("keys handled")

try:
    raise ValueError("naked")
except* ValueError as group:
    print("naked:", repr(group), repr(group.exceptions[0]))

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled values")
except ExceptionGroup as e:
    print("left over:", repr(e))

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise KeyError("new")
except ExceptionGroup as e:
    print("combined:", repr(e))
    for sub in e.exceptions:
        print("  ", repr(sub), repr(sub.__context__))

try:
    try:
        raise TypeError("x")
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
try:
    try:
        raise TypeError("x")
    except* ValueError:
        pass
except TypeError as e:
    print("passed through:", repr(e))

class Config(Exception):
    pass


try:
    raise ValueError("bad") from Config
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)

try:
    raise ValueError("bad") from 5
except TypeError as e:
    print(e)

try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        print(type(e).__name__, e.exceptions)
    print(e)
except NameError as err:
    print("unbound after except*:", err)

try:
    1 / 0
except ZeroDivisionError as exc:
    pass
print(exc)

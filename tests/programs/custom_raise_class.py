def check(n):
    if n < 0:
        raise ValueError
    if n == 0:
        raise ZeroDivisionError("zero is not allowed")
    return n
for v in (1, 0, -1):
    try:
        print(check(v))
    except ValueError as e:
        print("ValueError", repr(e), str(e) == "")
    except ArithmeticError as e:
        print("ArithmeticError branch:", type(e).__name__, e)
raise KeyError("final")

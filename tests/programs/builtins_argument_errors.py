for f, args in [(format, (1, "s")), (format, ("x", "d")), (hex, (1.5,)), (bin, ("1",)), (oct, (None,)), (divmod, (1, 0)), (divmod, (1.0, 0)), (divmod, ("a", 1)), (pow, (0, -1)), (format, (1,)), (format, (2.5, "^9.3e")), (format, (True, "")), (format, (None, "")), (format, ([1], "")), (format, (10, "#x")), (callable, ()), (id, ()), (divmod, (2**70, 3)), (pow, (2, 0.5))]:
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

def check(n):
    if n % 2:
        raise ValueError(f"odd: {n}")
    if n > 2:
        raise TypeError(f"big: {n}")
    return n


def run_all(values):
    errors = []
    for v in values:
        try:
            check(v)
        except Exception as e:
            errors.append(e)
    return errors


def main():
    errors = run_all([1, 2, 3, 4])
    try:
        raise ExceptionGroup("checks failed", errors)
    except* ValueError as eg:
        print("odd values:", len(eg.exceptions))
        raise
    except* TypeError:
        raise RuntimeError("cannot handle big values")


main()

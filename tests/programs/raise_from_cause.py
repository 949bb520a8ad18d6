def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"bad input {text!r}") from e

print(parse("12"))
try:
    parse("x")
except RuntimeError as e:
    print("caught:", e)
parse("oops")

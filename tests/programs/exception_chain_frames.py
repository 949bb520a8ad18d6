def parse(text):
    return int(text)


def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise RuntimeError("could not load") from e


def retry(text):
    try:
        load(text)
    except RuntimeError:
        data = {"a": 1}
        return data["b"]


try:
    retry("x")
except KeyError as e:
    print("caught", repr(e))
    print(type(e.__context__).__name__, e.__context__)
    print(type(e.__context__.__cause__).__name__, e.__context__.__cause__)
    print(e.__suppress_context__, e.__context__.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden context") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

retry("y")

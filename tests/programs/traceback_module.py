import traceback


def parse(text):
    return int(text)


def load(items):
    return [parse(x) for x in items]


try:
    load(["1", "two"])
except ValueError:
    traceback.print_exc()
    print("---")
    text = traceback.format_exc()
    print(text.splitlines()[-1])

try:
    {}["missing"]
except KeyError as e:
    traceback.print_exception(e)
    print("".join(traceback.format_exception(e)).count("\n"))

traceback.print_exc()

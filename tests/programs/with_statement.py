class Tag:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None, value)
        return self.swallow


with Tag("a") as x:
    print("body", x)

with Tag("outer") as o, Tag("inner") as i:
    print("both", o, i)

with Tag("quiet", swallow=True):
    raise ValueError("hidden")
print("after quiet")


def early():
    with Tag("ret"):
        return "returned"


print(early())

for n in range(3):
    with Tag(f"loop{n}"):
        if n == 1:
            break
        print("iteration", n)

try:
    with Tag("loud"):
        {}["missing"]
except KeyError as e:
    print("caught", repr(e))

with Tag("plain"):
    pass
print("done")

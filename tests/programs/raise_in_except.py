try:
    {}["missing"]
except KeyError:
    print("handling")
    raise ValueError("while handling")

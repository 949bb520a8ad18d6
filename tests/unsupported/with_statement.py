def read():
    with open("data.txt") as f:
        return f.read()

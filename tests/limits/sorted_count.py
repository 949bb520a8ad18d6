import itertools

def f():
    return sorted(itertools.count())

print("start")
f()

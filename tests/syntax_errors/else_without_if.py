def f():
    return 1
else:
    pass

def f():
    return
class

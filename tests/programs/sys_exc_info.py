import sys


def handler():
    kind, value, tb = sys.exc_info()
    print(kind.__name__, value, tb.tb_lineno, tb.tb_frame.f_code.co_name)
    print(sys.exception() is value)


print(sys.exc_info(), sys.exception())
try:
    int("x")
except ValueError:
    handler()
print(sys.exc_info())

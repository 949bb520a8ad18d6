class AppError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


try:
    raise AppError(5)
except AppError as e:
    try:
        print(e.cod)
    except AttributeError as err:
        print(err)
    try:
        e.add_nte("x")
    except AttributeError as err:
        print(err)
eg = ExceptionGroup("g", [ValueError(1)])
print(eg.exceptions[0].args)
eg.exception

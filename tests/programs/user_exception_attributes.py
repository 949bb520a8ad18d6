class AppError(Exception):
    def __init__(self, code, detail="none"):
        super().__init__(f"code {code}")
        self.code = code
        self.detail = detail

    def describe(self):
        return f"[{self.code}] {self}"


class NotFound(AppError):
    pass


try:
    raise NotFound(404, detail="missing page")
except AppError as e:
    print(type(e).__name__, e, e.code, e.detail, e.args, isinstance(e, Exception))
    print(e.describe(), repr(e))


class Plain(Exception):
    def __init__(self, what):
        self.what = what


p = Plain("no super call")
print(p.what, p.args, repr(str(p)))
raise NotFound(500)

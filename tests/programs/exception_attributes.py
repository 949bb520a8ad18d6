def fail():
    raise ValueError("bad value")


def outer():
    fail()


try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    while tb is not None:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
    print(e.args, e.__cause__, e.__context__, e.__suppress_context__)

try:
    raise SystemExit(3)
except SystemExit as e:
    print("exit code", e.code)

try:
    raise SystemExit
except SystemExit as e:
    print("exit code", e.code)

try:
    raise SystemExit("bye", 2)
except SystemExit as e:
    print("exit code", e.code)


def gen():
    yield 1
    return "done"


g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("returned", e.value, e.args)

try:
    raise KeyboardInterrupt
except Exception:
    print("not an Exception")
except BaseException as e:
    print("caught", type(e).__name__, isinstance(e, KeyboardInterrupt))

err = ValueError("with notes")
print(err.with_traceback(None) is err)
try:
    err.add_note(42)
except TypeError as e:
    print(e)
err.add_note("first note")
err.add_note("second note")
print(err.__notes__)

e = RuntimeError("manual")
e.__cause__ = KeyError("k")
print(e.__suppress_context__, repr(e.__cause__))
e.__suppress_context__ = False
print(e.__suppress_context__)


def check(order):
    try:
        return order["qty"] * 2
    except KeyError as exc:
        exc.add_note(f"while checking order {order['id']}")
        raise


check({"id": 7})

# A value too big for any machine: CPython's allocation fails at once and it
# raises a bare MemoryError, which a program can catch like any exception.
def try_to_build(what, make):
    try:
        make()
    except MemoryError as e:
        print(what, "->", type(e).__name__, repr(e), e.args, repr(str(e)))
        print("  an Exception:", isinstance(e, Exception))


try_to_build("string", lambda: "x" * 10**13)
try_to_build("list", lambda: [0] * 10**13)
try_to_build("tuple", lambda: (1, 2) * 10**13)

try:
    raise MemoryError
except MemoryError as e:
    print("raised by hand:", repr(e))

try:
    raise MemoryError("out of room")
except Exception as e:
    print("with a message:", repr(e), str(e))

words = ["spam"] * 3
print(words)
big = "ab" * 10**13
print("never printed")

# A generator's gi_frame and gi_yieldfrom, an async generator's ag_frame and
# ag_await, as a generator is started, delegates with yield from, and ends.
def sub():
    yield 1
    yield 2

def gen():
    x = yield "a"
    yield from sub()

g = gen()
print(g.gi_frame.f_lineno, g.gi_yieldfrom, g.gi_running)
next(g)
print(g.gi_frame.f_lineno, g.gi_yieldfrom)
g.send(None)
print(g.gi_frame.f_lineno, g.gi_yieldfrom)
list(g)
print(g.gi_frame, g.gi_yieldfrom)

async def agen():
    yield 1

a = agen()
print(a.ag_frame.f_lineno, a.ag_await, a.ag_running)

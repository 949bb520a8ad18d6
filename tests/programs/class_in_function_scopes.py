def make(n, label):
    class C:
        size = n
        name = label.upper()
        def get(self):
            return n, label, size_outer
    size_outer = 7
    return C

C = make(3, "abc")
print(C.size, C.name, C().get())

def f():
    class K:
        x = 1
        def m(self): return 2
    try:
        print(x)
    except NameError as e:
        print("NameError", e)
    return K
x = "global x"
f()

class C:
    def m(self, *a):
        return a
c = C()
try:
    c.m(*5)
except TypeError as e:
    print(e)
try:
    C(*None)
except TypeError as e:
    print(e)
try:
    [].append(*5)
except TypeError as e:
    print(e)
try:
    print(**{1: 2})
except TypeError as e:
    print(e)
try:
    c.m(a=1, **{"a": 2})
except TypeError as e:
    print(e)
try:
    int(*3)
except TypeError as e:
    print(e)

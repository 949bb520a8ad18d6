def greet(name, greeting="Hello", *args, punct="!", **kwargs):
    return f"{greeting}, {name}{punct} {args} {kwargs}"

print(greet("Ann"))
print(greet("Bob", "Hi", 1, 2, punct="?", x=1))
print(greet(*["Cy", "Yo"], **{"punct": "."}))
def total(*nums):
    return sum(nums)
print(total(1, 2, 3), total())
square = lambda x: x * x
print(square(7), list(map(square, [1, 2, 3])), list(filter(lambda v: v > 1, [0, 1, 2, 3])))
def make_counter():
    count = 0
    def counter():
        nonlocal count
        count += 1
        return count
    return counter
c = make_counter()
c()
print(c(), c())
total_calls = 0
def bump():
    global total_calls
    total_calls += 1
bump(); bump()
print(total_calls)
def adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders()])
def kw_only(a, *, b, c=3):
    return a + b + c
print(kw_only(1, b=2), kw_only(1, b=2, c=0))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30))

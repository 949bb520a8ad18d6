def greet(name, greeting="hello", *rest, **opts):
    message = f"{greeting}, {name}"
    print(locals())
    count = len(message)
    return locals()

print(greet("ann"))
print(sorted(greet("bob", "hi", 1, 2, loud=True)))

def outer():
    shared = 1
    def inner():
        return shared
    print(locals().keys())
    return inner

outer()

def late():
    print(locals())
    first = 1
    print(locals())
    del first
    print(locals())

late()
print([locals() for _ in range(1)][0].keys())

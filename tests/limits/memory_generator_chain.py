def naturals():
    n = 0
    while True:
        yield n
        n += 1


# Each pass wraps the last generator in a new one: a chain that never ends.
numbers = naturals()
while True:
    numbers = (x + 1 for x in numbers)

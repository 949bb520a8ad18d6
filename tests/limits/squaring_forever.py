n = 3 ** 100000
while True:
    n = n * n

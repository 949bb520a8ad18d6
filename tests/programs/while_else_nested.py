n = 10
while n > 0:
    n -= 3
    if n == 4:
        print("found 4")
        break
else:
    print("no break", n)
primes = []
for candidate in range(2, 30):
    for p in primes:
        if candidate % p == 0:
            break
    else:
        primes.append(candidate)
print(primes)
i = 0
while i < 3:
    j = 0
    while True:
        j += 1
        if j >= i:
            break
    print(i, j)
    i += 1
else:
    print("while else runs", i)

# A cache of a hundred million entries, each a list of a hundred items.
cache = {i: [i] * 100 for i in range(10**8)}
print(len(cache))

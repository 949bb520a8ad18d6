print({3, 1, 2}, {9, 2, 3, 4}, {100, 5, 33, -1}, set(range(20, 0, -1)))
print({x * 7 for x in range(12)}, set([10, 20, 30, 8, 16]), {True, 2, 0})
s = set()
for v in [64, 1, 128, 7, 15, 300, 2 ** 40]:
    s.add(v)
print(s, list(s), sorted(s), [v for v in set([5, 13, 21])])
print({1, 2, 3} | {8, 9}, {1, 2, 3, 4} & {4, 3}, {10, 1} - {1})

print([x * y for x in range(3) for y in range(3) if x != y])
print({x: x ** 2 for x in range(5)}, sorted({c for c in "hello"}), sum(x for x in range(101)))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [v for row in matrix for v in row])
gen = (n * n for n in range(4))
print(next(gen), next(gen), list(gen), max(len(w) for w in ["a", "abc", "ab"]))
print(list(zip([1, 2, 3], "ab")), list(enumerate("xy")), dict(zip("ab", [1, 2])))

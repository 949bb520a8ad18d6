xs = [3, 1, 4, 1, 5, 9, 2, 6]
xs.append(5)
xs.extend([3, 5])
xs.insert(0, 10)
print(xs, len(xs), xs.count(5), xs.index(4))
print(xs.pop(), xs.pop(0), xs)
xs.remove(1)
xs.sort()
print(xs)
xs.reverse()
print(xs, sorted(xs), sorted(xs, reverse=True), xs[1:3], xs[-1], xs[::3])
ys = xs.copy()
ys[0] = 100
ys[1:3] = [7, 7, 7]
del ys[-1]
print(xs[0], ys, [1, 2] + [3], [0] * 4, [[1, 2], [3]], 3 in xs, min(xs), max(xs))
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower if False else len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a")]
pairs.sort()
print(pairs, list(reversed([1, 2, 3])), [x * 2 for x in range(5)])
ys.clear()
print(ys, list("abc"), list(range(2, 10, 3)))

s = "abcdefghij"
xs = list(range(10))
for a, b, c in [(None, None, None), (2, 5, None), (-3, None, None), (None, None, -1), (8, 2, -2), (1, 100, 3), (-100, 3, None), (5, 5, None)]:
    print(a, b, c, s[a:b:c], xs[a:b:c], tuple(xs)[a:b:c], list(range(10))[a:b:c])
xs[2:4] = ["x"]
print(xs)
xs[::2] = [0] * len(xs[::2])
print(xs)
del xs[1:3]
print(xs, xs[-1], xs[-len(xs)], s[-1], s[0], range(0, 20, 3)[2])

d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), "a" in k, 2 in v, ("b", 2) in i)
d["c"] = 3
print(k, list(v), sorted(i, reverse=True), bool({}.keys()))
for key, val in d.items():
    print(key, val)
print(list(zip(d.keys(), d.values())), max(d.values()), sum(d.values()), set(d.keys()) == {"a", "b", "c"})

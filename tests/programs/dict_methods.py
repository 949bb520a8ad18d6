d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(list(d.keys()), list(d.values()), list(d.items()))
for k, v in d.items():
    print(k, "->", v)
print(d.pop("b"), d, d.setdefault("e", 5), d)
d.update({"a": 10}, f=6)
print(d, dict(x=1, y=2), dict([("p", 1), ("q", 2)]), {**d, "z": 0})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: kv[1], reverse=True))
del d["a"]
print(d, {k: v * 2 for k, v in d.items()}, d.copy() == d)

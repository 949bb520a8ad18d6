lines = []
for row in range(1, 6):
    lines.append(" ".join(f"{row * col:3d}" for col in range(1, 6)))
print("\n".join(lines))
s = ""
for ch in "hello":
    s = ch.upper() + s
print(s, s.lower()[::-1], "%-6s|%6s|" % ("ab", "cd"), "{:-^20}".format(" mid "))
print("Name: {name}, Age: {age}".format(name="Li", age=30), "%(a)s-%(b)d" % {"a": "x", "b": 5})
table = {"apple": 1.5, "banana": 0.25, "cherry": 10}
for k, v in sorted(table.items()):
    print(f"{k:<10}{v:>8.2f}")

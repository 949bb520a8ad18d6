fs = frozenset([3, 1, 2, 3])
print(fs, len(fs), 2 in fs, 5 in fs, frozenset(), frozenset("aab") == frozenset("ab"))
print(fs | {4}, fs & {1, 2, 9}, fs - {1}, fs ^ frozenset({1, 7}), {1, 9} | fs)
print(fs.union([8]), fs.intersection({1}), fs.issubset({1, 2, 3, 4}), fs.isdisjoint({5}), fs.copy())
print({1} < {1, 2}, {1, 2} <= {1, 2}, {1, 2} > {1}, fs >= {1}, {5} < fs, fs == {1, 2, 3}, {1, 2, 3} == fs)
groups = {frozenset({"a", "b"}): "ab", frozenset({"c"}): "c"}
print(groups[frozenset(["b", "a"])], hash(fs) == hash(frozenset([1, 2, 3])), sorted(fs))
seen = set()
for pair in [(1, 2), (2, 1), (3, 4)]:
    seen.add(frozenset(pair))
print(len(seen), isinstance(fs, frozenset), type(fs) is frozenset)
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    frozenset([[1]])
except TypeError as e:
    print("TypeError:", e)
try:
    {{1}: 2}
except TypeError as e:
    print("TypeError:", e)

data = b"hello world"
print(data, len(data), data[0], data[-1], data[:5], list(data[:3]), b"a" + b"b", b"ab" * 3)
print(data.decode(), data.upper(), data.split(), data.startswith(b"hello"), data.find(b"o"), data.count(b"o"), b"o" in data, 104 in data)
print(bytes(3), bytes([65, 66, 67]), bytes("héllo", "utf-8"), "héllo".encode(), "abc".encode("ascii"), b"caf\xc3\xa9".decode("utf-8"))
print(repr(b'it\'s'), b'"quoted"', b"\x00\x01\n\t\\", b"", bytes(range(250, 256)), data.hex())
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
print(ba, len(ba), ba.decode(), bytearray(), bytearray(2), ba == b"Abcdef", bytes(ba), isinstance(ba, bytearray))
for b in b"hi":
    print(b, end=" ")
print()
print({b"k": 1}[b"k"], b"abc" < b"abd", str(b"x"), f"{b'y'}")
for bad in [lambda: bytes([256]), lambda: "é".encode("ascii"), lambda: b"\xff".decode(), lambda: bytes("x"), lambda: data[20], lambda: ba[10], lambda: hash(ba), lambda: b"a" + "b"]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
a = bytearray(b"x")
b = bytearray(b"x")
c = a
print(a is b, a is c, a == b, frozenset([1, 2]) is frozenset([1, 2]), id(a) == id(c), id(a) == id(b))

def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) | float(i):
            return f"number {i}"
        case str() | bytes():
            return f"text {v!r}"
        case list([first, *rest]):
            return f"list starting {first} then {rest}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case dict({"id": ident}):
            return f"record {ident}"
        case frozenset(fs):
            return f"frozen {sorted(fs)}"
        case set():
            return "a set"
        case _:
            return "other"

for v in [True, 3, 2.5, "s", b"b", [1, 2, 3], [], (1, 2), (1, 2, 3), {"id": 7}, {"x": 1}, frozenset({2, 1}), {1}, None]:
    print(kind(v))

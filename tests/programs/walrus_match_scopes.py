def f(data):
    if any((hit := v) > 8 for v in data):
        return hit
    return None
print(f([1, 9, 3]), f([1]))

def g():
    total = [s for x in range(3) if (s := x * x) >= 0]
    return total, s
print(g())

class A:
    y = (z := 5) + 1
    match y:
        case 6:
            kind = "six"
        case other:
            kind = other
print(A.y, A.z, A.kind)

def counter():
    count = 0
    def bump():
        nonlocal count
        if (count := count + 1) > 2:
            return "big"
        return count
    return bump
b = counter()
print(b(), b(), b())

def h(pairs):
    out = []
    for p in pairs:
        match p:
            case (x, y) if (s := x + y) > 3:
                out.append(s)
            case (x, _):
                out.append(-x)
    return out
print(h([(1, 2), (3, 4), (0, 9)]))

lst = [1, 2, 3]
match lst:
    case [1, *rest] if (n := len(rest)) == 2:
        print("rest", rest, n)

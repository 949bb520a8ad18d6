#!/usr/bin/env python3
"""Where the bytes of a wasm module go: per section, per crate, per function.

    python3 bench/wasm_sizes.py FILE.wasm [TOP]

FILE.wasm must still have its name section: the page's build strips it, so
measure a copy optimized like the page's but with names kept, e.g.
`wasm-opt -Oz -g target/wasm-bindgen/wasm-release/looplab_bg.wasm -o /tmp/named.wasm`.
A function's bytes are its body in the code section; data segments are
counted apart (they are the string and table constants of every crate).
Each function is charged to the crate of its first path component; a trait
impl `<T as Trait>::f` is charged to T's crate, where the code is generated.
"""
import re
import sys
from collections import Counter

SECTIONS = {0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory",
            6: "global", 7: "export", 8: "start", 9: "element", 10: "code", 11: "data", 12: "datacount"}


def leb(buf, pos):
    """Reads an unsigned LEB128 at pos; returns (value, next position)."""
    result = shift = 0
    while True:
        byte = buf[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, pos


def read_name(buf, pos):
    """Reads a length-prefixed UTF-8 name."""
    n, pos = leb(buf, pos)
    return buf[pos:pos + n].decode("utf-8", "replace"), pos + n


def parse(buf):
    """Returns (section sizes, function body sizes by index, names by index)."""
    sections, bodies, names = Counter(), {}, {}
    imported = 0
    pos = 8
    while pos < len(buf):
        sid, pos = leb(buf, pos)
        size, pos = leb(buf, pos)
        end = pos + size
        label = SECTIONS.get(sid, str(sid))
        if sid == 0:
            cname, p = read_name(buf, pos)
            label = "custom:" + cname
            if cname == "name":
                while p < end:
                    sub, p = leb(buf, p)
                    sublen, p = leb(buf, p)
                    if sub == 1:
                        q = p
                        count, q = leb(buf, q)
                        for _ in range(count):
                            idx, q = leb(buf, q)
                            nm, q = read_name(buf, q)
                            names[idx] = nm
                    p += sublen
        elif sid == 2:
            count, p = leb(buf, pos)
            for _ in range(count):
                _, p = read_name(buf, p)
                _, p = read_name(buf, p)
                kind = buf[p]
                p += 1
                if kind == 0:
                    _, p = leb(buf, p)
                    imported += 1
                elif kind == 1:
                    p += 1
                    flags, p = leb(buf, p)
                    _, p = leb(buf, p)
                    if flags & 1:
                        _, p = leb(buf, p)
                elif kind == 2:
                    flags, p = leb(buf, p)
                    _, p = leb(buf, p)
                    if flags & 1:
                        _, p = leb(buf, p)
                elif kind == 3:
                    p += 2
        elif sid == 10:
            count, p = leb(buf, pos)
            for i in range(count):
                body, q = leb(buf, p)
                bodies[imported + i] = q - p + body
                p = q + body
        sections[label] += end - pos
        pos = end
    return sections, bodies, names


def demangle(name):
    """Turns a legacy Rust symbol (_ZN...E) into a path; other names pass through."""
    m = re.match(r"_?_ZN(.*)E$", name)
    if not m:
        return re.sub(r"::h[0-9a-f]{16}$", "", name)
    rest, parts = m.group(1), []
    while rest and rest[0].isdigit():
        n = re.match(r"\d+", rest).group(0)
        rest = rest[len(n):]
        parts.append(rest[:int(n)])
        rest = rest[int(n):]
    text = "::".join(p for p in parts if not re.fullmatch(r"h[0-9a-f]{16}", p))
    for code, char in (("$LT$", "<"), ("$GT$", ">"), ("$u20$", " "), ("$RF$", "&"), ("$C$", ","),
                       ("$u7b$", "{"), ("$u7d$", "}"), ("$u5b$", "["), ("$u5d$", "]"), ("$BP$", "*"),
                       ("$u27$", "'"), ("..", "::"), ("$LP$", "("), ("$RP$", ")")):
        text = text.replace(code, char)
    return text.lstrip("_")


def crate_of(path):
    """The crate a demangled path's code belongs to."""
    path = path.lstrip("<&* ").removeprefix("mut ").removeprefix("dyn ")
    head = re.split(r"::|<| |\[|\(|,", path, maxsplit=1)[0]
    return head or "?"


def main():
    buf = open(sys.argv[1], "rb").read()
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    sections, bodies, names = parse(buf)
    print(f"total {len(buf)} bytes")
    print("\n## sections")
    for label, size in sections.most_common():
        print(f"{size:>10}  {label}")
    by_crate, by_fn = Counter(), Counter()
    for idx, size in bodies.items():
        path = demangle(names.get(idx, f"func[{idx}]"))
        by_crate[crate_of(path)] += size
        by_fn[path] += size
    print(f"\n## code by crate (top {top * 2})")
    for crate, size in by_crate.most_common(top * 2):
        print(f"{size:>10}  {crate}")
    print(f"\n## functions (top {top})")
    for path, size in by_fn.most_common(top):
        print(f"{size:>10}  {path[:150]}")


if __name__ == "__main__":
    main()

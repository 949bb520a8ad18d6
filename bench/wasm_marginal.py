#!/usr/bin/env python3
"""What a group of functions adds to the page's gzip size, in context.

    python3 bench/wasm_marginal.py FILE.wasm REGEX [REGEX...]

FILE.wasm must keep its name section (see bench/wasm_sizes.py for how to
make such a copy). Every function whose demangled path matches one of the
regexes gets a body of one `unreachable`; both the original and the stubbed
module lose their custom sections (as the page's build does), and the two
are gzipped (-9) whole. The difference is what those functions' code costs
the download: gzip of the functions alone overstates it, since in context
they share patterns with the rest. Their strings and the code inlined into
other functions are not removed, so the figure is a lower bound.
"""
import gzip
import re
import sys

from wasm_sizes import demangle, leb, parse


def encode_leb(value):
    """Unsigned LEB128."""
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def rebuild(buf, stub):
    """The module without custom sections, the bodies of `stub` (function
    indices, imports counted) replaced by `unreachable`."""
    out = bytearray(buf[:8])
    imported = count_imports(buf)
    pos = 8
    while pos < len(buf):
        start = pos
        sid, pos = leb(buf, pos)
        size, pos = leb(buf, pos)
        end = pos + size
        if sid == 0:
            pos = end
            continue
        if sid != 10:
            out += buf[start:end]
            pos = end
            continue
        count, p = leb(buf, pos)
        body = bytearray(encode_leb(count))
        for i in range(count):
            n, q = leb(buf, p)
            if imported + i in stub:
                body += encode_leb(3) + b"\x00\x00\x0b"
            else:
                body += buf[p:q + n]
            p = q + n
        out += bytes([10]) + encode_leb(len(body)) + body
        pos = end
    return bytes(out)


def count_imports(buf):
    """How many functions the module imports (they come first in the index space)."""
    pos, n = 8, 0
    while pos < len(buf):
        sid, pos = leb(buf, pos)
        size, pos = leb(buf, pos)
        if sid == 2:
            count, p = leb(buf, pos)
            for _ in range(count):
                for _ in range(2):
                    length, p = leb(buf, p)
                    p += length
                kind = buf[p]
                p += 1
                if kind == 0:
                    _, p = leb(buf, p)
                    n += 1
                elif kind in (1, 2):
                    if kind == 1:
                        p += 1
                    flags, p = leb(buf, p)
                    _, p = leb(buf, p)
                    if flags & 1:
                        _, p = leb(buf, p)
                elif kind == 3:
                    p += 2
        pos += size
    return n


def main():
    buf = open(sys.argv[1], "rb").read()
    patterns = [re.compile(p) for p in sys.argv[2:]]
    _, bodies, names = parse(buf)
    stub = {i for i in bodies if any(p.search(demangle(names.get(i, ""))) for p in patterns)}
    raw = sum(bodies[i] for i in stub)
    whole = rebuild(buf, set())
    cut = rebuild(buf, stub)
    gz_whole = len(gzip.compress(whole, 9))
    gz_cut = len(gzip.compress(cut, 9))
    print(f"{len(stub)} functions, {raw} bytes of code")
    print(f"wasm gzip: {gz_whole / 1024:.1f} KiB whole, {gz_cut / 1024:.1f} KiB without them")
    print(f"their cost in context: {(gz_whole - gz_cut) / 1024:.1f} KiB gzip")


if __name__ == "__main__":
    main()

"""Writes www/nfkc.txt, the tables NFKC needs, from the unicodedata of the
CPython that runs it (3.11: Unicode 14.0.0), so looplab normalizes
identifiers exactly as CPython 3.11 does.

    python3 patches/unicode-normalization/generate.py

Lines, in code point order within each kind (hex code points; Hangul
syllables are left to src/lib.rs, which computes them as CPython does):
  `d CP:X Y Z`  the full compatibility decomposition of CP (NFKD), where it is not CP itself
  `c CP:N`      CP's canonical combining class N, where it is not 0
  `p A B:C`     A followed by B composes to C (a primary composite)
"""

import os
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), "run it with CPython 3.11"
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")


def hangul(code):
    return 0xAC00 <= code <= 0xD7A3


lines = []
for code in range(0x110000):
    c = chr(code)
    if hangul(code) or 0xD800 <= code <= 0xDFFF:
        continue
    d = unicodedata.normalize("NFKD", c)
    if d != c:
        lines.append("d %X:%s" % (code, " ".join("%X" % ord(x) for x in d)))
for code in range(0x110000):
    n = unicodedata.combining(chr(code))
    if n:
        lines.append("c %X:%d" % (code, n))
for code in range(0x110000):
    c = chr(code)
    if hangul(code) or 0xD800 <= code <= 0xDFFF:
        continue
    mapping = unicodedata.decomposition(c).split()
    if len(mapping) != 2 or mapping[0].startswith("<"):
        continue
    # Excluded composites (and non-starter decompositions) do not survive NFC.
    if unicodedata.normalize("NFC", c) != c:
        continue
    lines.append("p %s %s:%X" % (mapping[0], mapping[1], code))

out = os.path.normpath(os.path.join(ROOT, "www", "nfkc.txt"))
with open(out, "w", encoding="ascii", newline="\n") as f:
    f.write("".join(line + "\n" for line in lines))
print("%s: %d lines, Unicode %s" % (out, len(lines), unicodedata.unidata_version))

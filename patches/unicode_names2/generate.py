"""Writes www/unicode-names.txt, the table `\\N{...}` escapes are looked up in,
from the unicodedata of the CPython that runs it (3.11: Unicode 14.0.0), so
looplab accepts exactly the names CPython 3.11 does.

    python3 patches/unicode_names2/generate.py

One line per name, `NAME;HEX`, in code point order: every character's name
except the Hangul syllables and CJK unified ideographs (src/lib.rs spells
those from the code point, as CPython does), then the name aliases `\\N{...}`
accepts (CPython has no list of them: they are taken from the Unicode
Character Database's NameAliases.txt, Unicode 16, copied into data/ from
unicode_names2 1.3.0, and kept only where this CPython resolves them). Named sequences are left
out: `\\N{...}` refuses them.
"""

import os
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), "run it with CPython 3.11"
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
# CPython 3.11's is_unified_ideograph (Modules/unicodedata.c), as src/lib.rs spells it.
CJK = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x20000, 0x2A6DF), (0x2A700, 0x2B738),
       (0x2B740, 0x2B81D), (0x2B820, 0x2CEA1), (0x2CEB0, 0x2EBE0), (0x30000, 0x3134A)]


def escape_resolves(name, code):
    """Whether `"\\N{name}"` is the character `code` in this CPython."""
    try:
        return eval('"\\N{%s}"' % name) == chr(code)
    except SyntaxError:
        return False


lines = []
for code in range(0x110000):
    name = unicodedata.name(chr(code), None)
    if name is None:
        continue
    if name.startswith("CJK UNIFIED IDEOGRAPH-"):
        assert any(lo <= code <= hi for lo, hi in CJK), hex(code)
        continue
    if name.startswith("HANGUL SYLLABLE "):
        assert 0xAC00 <= code <= 0xD7A3, hex(code)
        continue
    lines.append((code, name))
for lo, hi in CJK:
    assert all(unicodedata.name(chr(c), "").startswith("CJK UNIFIED IDEOGRAPH-") for c in range(lo, hi + 1))

known = {name for _, name in lines}
aliases = 0
source = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "NameAliases.txt")
with open(source, encoding="utf-8") as f:
    for row in f:
        row = row.split("#")[0].strip()
        if not row:
            continue
        code, alias, _kind = row.split(";")
        code = int(code, 16)
        if alias not in known and escape_resolves(alias, code):
            lines.append((code, alias))
            known.add(alias)
            aliases += 1

lines.sort()
out = os.path.normpath(os.path.join(ROOT, "www", "unicode-names.txt"))
with open(out, "w", encoding="ascii", newline="\n") as f:
    for code, name in lines:
        f.write("%s;%X\n" % (name, code))
print("%s: %d names (%d aliases), Unicode %s" % (out, len(lines), aliases, unicodedata.unidata_version))

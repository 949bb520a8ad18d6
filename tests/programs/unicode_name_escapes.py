# \N{...} escapes: a character by its Unicode name, as the string tutorials
# show them. Names are case-insensitive; aliases work; Hangul syllables and
# CJK ideographs are spelled from their code point.
import asyncio

print("Loading\N{HORIZONTAL ELLIPSIS}")
print("2020\N{EN DASH}2024")
dash = "\N{EM DASH}"
print(len(dash), hex(ord(dash)), dash)
print("\N{em dash}" == dash, "\N{Em Dash}" == dash)
print("caf\N{LATIN SMALL LETTER E WITH ACUTE}" == "café")
print("\N{GREEK SMALL LETTER ALPHA}\N{GREEK SMALL LETTER BETA}\N{GREEK SMALL LETTER GAMMA}")
print("\N{SNOWMAN} \N{BLACK STAR} \N{PARTY POPPER}")
print("\N{HANGUL SYLLABLE HAN}\N{HANGUL SYLLABLE GEUL}", hex(ord("\N{HANGUL SYLLABLE GAG}")))
print("\N{CJK UNIFIED IDEOGRAPH-4E2D}\N{CJK UNIFIED IDEOGRAPH-6587}", hex(ord("\N{CJK UNIFIED IDEOGRAPH-20000}")))
print(hex(ord("\N{NO-BREAK SPACE}")), hex(ord("\N{ZERO WIDTH SPACE}")), repr("\N{LINE FEED}"))
print(hex(ord("\N{BYTE ORDER MARK}")), repr("\N{NUL}"), repr("\N{LATIN CAPITAL LETTER GHA}"))
print(f"{21.5}\N{DEGREE SIGN}C", f"\N{LEFTWARDS ARROW}{'back'}")
print(r"\N{EM DASH}", len(r"\N{EM DASH}"), "\\N{EM DASH}")
print("tab\N{CHARACTER TABULATION}stop" == "tab\tstop")
print("""multi
line \N{BULLET} item""")


async def worker(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} \N{RIGHTWARDS ARROW} done \N{CHECK MARK}")
    return name


async def main():
    results = await asyncio.gather(worker("a", 0.2), worker("b", 0.1))
    print("\N{BOX DRAWINGS LIGHT HORIZONTAL}" * 10)
    print(" \N{MIDDLE DOT} ".join(results))


asyncio.run(main())

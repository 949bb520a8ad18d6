# list/tuple index with start and end, splitlines at every boundary Python
# knows (keepends too), Unicode digits, str(bytes, encoding).
x = [1, 2, 3, 2, 1]
print(x.index(2, 2), x.index(1, 1, 5), x.index(1, -1), (1, 2, 1).index(1, 1))
for f in (lambda: x.index(3, 3), lambda: x.index(1, 10), lambda: (1, 2).index(2, 0, 1)):
    try:
        f()
    except ValueError as e:
        print(e)
text = "one\ntwo\r\nthree\rfour\x0cfive\u2028six\n"
print(text.splitlines(), text.splitlines(True), text.splitlines(keepends=True)[:2], "".splitlines(), "\n".splitlines())
print("²".isdigit(), "²".isdecimal(), "٣".isdecimal(), "½".isnumeric(), "½".isdigit(), "一".isnumeric(), "12".isdecimal(), "1.5".isdigit(), "".isnumeric())
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(b"\xff", "utf-8", "replace"), str(b"abc"))
print(repr("a\xa0b"), repr("zero\u200bwidth"), repr("é ☃ 😀"), repr("\x85\x9f"), repr("\ue000"), ["tab\there", "nb\xa0sp"], "\xa0x".isprintable(), "é".isprintable())
print(b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("ascii", errors="replace"), b"\xe2\x82".decode("utf-8", "replace"))

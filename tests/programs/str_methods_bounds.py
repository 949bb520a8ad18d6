# str methods with start / end read as a slice, and the smaller methods.
s = "Hello World, hello world"
print(s.count("l", 3), s.count("l", 3, 10), s.count("", 20), s.count("", 30), s.count("o", -5))
print(s.find("o", 5), s.find("o", 5, 7), s.rfind("o", 0, 10), s.find("", 24), s.find("", 25), s.index("W", 2), s.rindex("o"))
print(s.startswith("World", 6), s.startswith(("x", "Hello"), 0, 5), s.endswith("Hello", 0, 5), s.endswith("d", -1), s.startswith("", 24), s.startswith("", 25))
print(s.removeprefix("Hello "), s.removesuffix("world"), s.removeprefix("x"), "ABC".isascii(), "é".isascii(), "_x1".isidentifier(), "1x".isidentifier())
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "".istitle(), "a\tb".isprintable(), "ab c".isprintable())
print("a\tbc\tdef\n\tx".expandtabs(4), "a\tb".expandtabs(), "{name} is {age}".format_map({"name": "Ann", "age": 7}))
print("Straße ΣΑΣ".casefold(), "ΣΑΣ".lower(), "ǅ".casefold(), "ﬁx".casefold())
print((5).real, (5).imag, (7).numerator, (7).denominator, (2.5).real, (-5).bit_length(), (255).bit_count())
print((1024).to_bytes(2, "big"), (-1).to_bytes(2, "big", signed=True), (0.75).as_integer_ratio(), (0.1).as_integer_ratio(), "{0.real}".format(3))
print(ascii("héllo ☃ 😀"), ascii(["é", 1]))
for f in (lambda: s.index("zz"), lambda: s.rindex("H", 1), lambda: s.removeprefix(1), lambda: s.find(1), lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big")):
    try:
        f()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

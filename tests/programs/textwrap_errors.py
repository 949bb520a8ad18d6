# textwrap's errors: bad widths, a placeholder that cannot fit, wrong types.
import textwrap

for call in [
    lambda: textwrap.wrap("some text", width=0),
    lambda: textwrap.shorten("some more text", width=4, placeholder=" [more]"),
    lambda: textwrap.fill("some text", width=10, indent="  "),
    lambda: textwrap.dedent(None),
    lambda: textwrap.indent(42, "  "),
    lambda: textwrap.shorten("text"),
]:
    try:
        call()
    except (TypeError, ValueError, AttributeError) as e:
        print(f"{type(e).__name__}: {e}")

print(textwrap.fill(12345, width=20))

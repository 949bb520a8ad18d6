# format() over a table of values and specs (inf / nan included), and % with
# *, %a, dict keys; float and int text round trips.
import math
vals = [0, 1, -1, 3.5, -2.25, 1e-7, 123456789.987654321, float("inf"), float("nan"), 2**64, True, 1e300, 0.1, 5e-324]
specs = ["", "10", "<10", "^10", "+", " ", "08.3f", ".3e", ".2%", ",", "_", "#x", "#o", "#b", "x", "g", ".3g", "10.4g", "e", "E", "G", ".0f", "n", "=+10", "*^12.2f", ".10g", ".17g", "c"]
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, TypeError, OverflowError) as e:
            row.append(type(e).__name__)
    print(repr(v), "|".join(row))
print("%d %i %5.2f %-8s| %+d %x %X %o %e %g %G %r %a %c %%" % (3, 4.9, math.pi, "hi", 5, 255, 255, 8, 12345.678, 0.00001234, 1e20, "q", "é", 97))
print("%(a)s-%(b)05d" % {"a": "x", "b": 42}, "%.3s" % "abcdef", "%*d" % (5, 3), "%-*.*f|" % (8, 2, 3.14159), "%s" % (1,), "%s %s" % ("a", [1]))
print(str(1e16), str(1.5e16), repr(1e15), 1e-4, 0.0001234, 123e300 * 10, -1e-320, 2.5e-308, 9007199254740993.0, 0.1 + 0.7, 1 / 7)
print(int("1_000"), int("-0b101", 0), int("0o17", 0), int(" +12 "), float(" -1.5e3 "), float("infinity"), float("-nan"), int(3.99), int(-3.99), round(3.14159, 3), round(-0.5), round(1234, -2), round(1250, -2), round(0.125, 2))

# Instances of int, float and str subclasses handed to the library: heapq,
# bisect, math, random, sorting, map(int, ...), %-formatting and format
# specs, list.index / tuple.count, to_bytes / from_bytes; each reads the
# value and returns plain ints, floats and strs as CPython does.
import bisect
import heapq
import math
import random

class Score(int):
    pass
class Ratio(float):
    pass
class Word(str):
    pass
s = [Score(5), Score(2), Score(9)]
heapq.heapify(s)
print(heapq.heappop(s), type(heapq.heappop(s)).__name__)
print(bisect.bisect([1, 5, 9], Score(6)), math.sqrt(Ratio(4)), math.isclose(Ratio(0.1), 0.1), math.gcd(Score(12), 8))
print(random.choice([Word("a")]), "".join(sorted(Word("cab"))), Word("a,b").split(","), Word("x").encode())
print(str(Score(3)), repr(Ratio(0.5)), f"{Ratio(0.5):%}", "{:,}".format(Score(1234567)), Score(3) / 2, Score(7) // Score(2))
print(list(map(int, [Word("3")])), float(Word("2.5")), int(Ratio(2.9)), abs(Score(-3)), divmod(Score(7), 2))
print(max([Score(1), Score(3)]), min(Word("b"), Word("a")), Score(2) ** 2, Score(1) << 3, Score(6) & 3, ~Score(0))
print({Score(1): "a"}, {1: "b"}[Score(1)], [1, 2, 3].index(Score(2)), (1, 2).count(Score(1)), Score(1) in [1, 2])
print(isinstance(Score(1), int), isinstance(Score(1), float), issubclass(Score, int), type(Score(1) + Score(2)))
print(Word("héllo").upper(), Word("a") * Score(3), "%s|%r|%5d|%.1f" % (Word("w"), Word("w"), Score(42), Ratio(1.25)))
print(Score(10).to_bytes(2, "big"), Score.from_bytes(b"\x00\x07", "big"))
print(Score(5).real, Ratio(2.5).imag, Score(4).numerator, Score(4).denominator, Ratio(0.5).as_integer_ratio())

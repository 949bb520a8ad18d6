# Exceptions raised inside the generated __eq__ / __lt__ pass through their
# <string> frames, as traceback.print_exc and the uncaught report show them.
from dataclasses import dataclass
class Weird:
    def __eq__(self, other):
        raise RuntimeError("no eq")
@dataclass(order=True)
class Box:
    w: object
try:
    Box(Weird()) == Box(Weird())
except RuntimeError as e:
    import traceback; traceback.print_exc()
try:
    Box(Weird()) < Box(Weird())
except Exception as e:
    import traceback; traceback.print_exc()
Box()

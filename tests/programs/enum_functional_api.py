# Enums made by calling Enum: names in a string, a list, pairs or a dict.
import asyncio
from enum import Enum, IntEnum, StrEnum

Color = Enum("Color", "RED GREEN BLUE")
Animal = Enum("Animal", "ANT, BEE, CAT", start=10)
Shape = Enum("Shape", [("SQUARE", "sq"), ("CIRCLE", "ci")])
Level = IntEnum("Level", ["LOW", "MEDIUM", "HIGH"])
Verb = StrEnum("Verb", ["GET", "POST"])
Grade = Enum("Grade", {"PASS": True, "FAIL": False})


async def job(level):
    await asyncio.sleep(0.1 * level)
    return f"{level.name} done after {level * 0.1:.1f}s"


async def main():
    print(list(Color), Color.GREEN, repr(Color), Color(3), Color["RED"].value)
    print(list(Animal), Shape("ci"), list(Shape), list(Grade), Grade(True))
    print(await asyncio.gather(*(job(l) for l in reversed(Level))))
    print(list(Verb), Verb.GET == "get", Level.HIGH > Level.LOW, Color.__name__, Color.__qualname__)
    try:
        Color(7)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())

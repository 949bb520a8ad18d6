class Animal:
    kingdom = "animalia"
    count = 0

    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1

    def speak(self):
        return f"{self.name} says {self.sound}"

    def __repr__(self):
        return f"Animal({self.name!r})"


class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, "woof")
        self.tricks = []

    def add_trick(self, trick):
        self.tricks.append(trick)
        return self

    def speak(self):
        base = super().speak()
        return base + "!"

    def __str__(self):
        return f"Dog {self.name} ({len(self.tricks)} tricks)"


a = Animal("cat", "meow")
d = Dog("rex")
d.add_trick("sit").add_trick("roll")
print(a.speak(), d.speak(), Animal.count, d.kingdom, Dog.kingdom)
print(a, repr(a), d, str(d), f"{d}", f"{a!r}", [a, d], {"pet": a}, (a,))
print(isinstance(d, Animal), isinstance(a, Dog), type(d).__name__, type(a) == Animal, d.tricks)


class ValidationError(Exception):
    pass


class TooSmall(ValidationError):
    pass


def check(v):
    if v < 0:
        raise TooSmall(f"{v} is negative")
    return v


try:
    check(-1)
except ValidationError as e:
    print("caught", type(e).__name__, e, isinstance(e, Exception), e.args)
check(-5)

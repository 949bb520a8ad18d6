# An enum with members cannot be subclassed; one without members can.
from enum import Enum


class Base(Enum):
    def describe(self):
        return f"{type(self).__name__}.{self.name} = {self.value}"


class Fruit(Base):
    APPLE = 1
    PEAR = 2


print(Fruit.PEAR.describe(), isinstance(Fruit.APPLE, Base), issubclass(Fruit, Enum))


class MoreFruit(Fruit):
    BANANA = 3

import asyncio


class Command:
    registry = {}

    def __init_subclass__(cls, /, name=None, aliases=(), **kwargs):
        super().__init_subclass__(**kwargs)
        cls.command_name = name or cls.__name__.lower()
        for key in (cls.command_name, *aliases):
            Command.registry[key] = cls
        print("registered", cls.__qualname__, "as", cls.command_name)

    async def run(self, *args):
        raise NotImplementedError


class Sleep(Command, name="sleep", aliases=("zz", "nap")):
    async def run(self, seconds):
        await asyncio.sleep(float(seconds))
        return f"slept {seconds}s"


class Echo(Command):
    async def run(self, *words):
        return " ".join(words)


class LoudEcho(Echo, name="shout"):
    async def run(self, *words):
        text = await super().run(*words)
        return text.upper() + "!"


async def dispatch(line):
    name, *args = line.split()
    cls = Command.registry.get(name)
    if cls is None:
        return f"unknown command {name!r}"
    return await cls().run(*args)


async def main():
    lines = ["sleep 0.5", "echo hello world", "shout hi there", "nap 0.25", "fly away"]
    for result in await asyncio.gather(*(dispatch(l) for l in lines)):
        print(result)
    print(sorted(Command.registry), asyncio.get_running_loop().time())


asyncio.run(main())


def make_model(base):
    class Model(base):
        def save(self):
            return "saving " + super().save()

        def __repr__(self):
            return f"<{type(self).__qualname__} via {base.__name__}>"
    return Model


class Store:
    def save(self):
        return "to disk"


m = make_model(Store)()
print(m.save(), m, type(m).__mro__[1].__name__)


class Outer:
    class Error(Exception):
        pass

    def check(self):
        return __class__.__name__


print(Outer().check(), Outer.Error.__qualname__)
try:
    class Bad(Command, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
raise Outer.Error("inner classes keep their qualname")

class Config:
    debug = False

    def __init__(self, **options):
        for key, value in options.items():
            setattr(self, key, value)


cfg = Config(host="localhost", port=8080)
print(vars(cfg))
print(getattr(cfg, "host"), getattr(cfg, "timeout", 30), getattr(cfg, "debug"))
print(hasattr(cfg, "port"), hasattr(cfg, "user"), hasattr(Config, "debug"))
setattr(cfg, "debug", True)
print(cfg.debug, Config.debug, vars(cfg))
delattr(cfg, "debug")
print(cfg.debug, "debug" in vars(cfg))
del cfg.port
print(vars(cfg))
try:
    del cfg.port
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(cfg, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(cfg, 42)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(cfg, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
d = vars(cfg)
d["added"] = "through vars"
print(cfg.added)
cfg.__dict__.update(retries=3)
print(cfg.retries, sorted(cfg.__dict__))
for name in ["host", "retries", "nope"]:
    print(name, getattr(cfg, name, None))
method = getattr(cfg, "__init__")
print(callable(method), callable(cfg), callable(Config))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)), isinstance("s", (list, tuple)))
print(isinstance([], object), isinstance(Config, type), isinstance(cfg, Config), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, bool), issubclass(Config, object), issubclass(KeyError, (ValueError, LookupError)))
print(type(cfg).__name__, type(cfg).__qualname__, type(3).__name__, cfg.__class__ is Config, (1).__class__)
try:
    issubclass(cfg, Config)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(cfg, "Config")
except TypeError as e:
    print("TypeError:", e)
Point = type("Point", (), {"x": 0, "y": 0, "norm": lambda self: abs(self.x) + abs(self.y)})
p = Point()
p.x = -3
print(Point.__name__, p.norm(), Point.__bases__, isinstance(p, Point))


class Plugin:
    registry = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append(cls.__name__)


class Audio(Plugin):
    pass


class Video(Plugin):
    pass


print(Plugin.registry)


def f():
    class Local:
        class Inner:
            pass
    return Local


print(f().__qualname__, f().Inner.__qualname__)

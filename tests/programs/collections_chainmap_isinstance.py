# ChainMap for layered settings, and isinstance against the collections,
# namedtuple and datetime classes.
import asyncio
import datetime
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple

defaults = {"timeout": 5, "retries": 3, "verbose": False}
overrides = {"timeout": 1}


async def fetch(settings):
    await asyncio.sleep(settings["timeout"] / 10)
    return f"fetched with timeout={settings['timeout']} retries={settings['retries']}"


async def main():
    settings = ChainMap(overrides, defaults)
    print(settings, len(settings), list(settings), dict(settings))
    print(await fetch(settings))
    print(await fetch(settings.new_child({"timeout": 2})))
    settings["verbose"] = True
    print(overrides, defaults, settings["verbose"], "retries" in settings, settings.get("missing", "-"))
    del settings["verbose"]
    print(settings.maps, settings.parents, list(settings.items()), bool(ChainMap()), ChainMap())
    for bad in (lambda: settings["nope"], lambda: settings.__delitem__("retries")):
        try:
            bad()
        except KeyError as e:
            print("KeyError", e)


asyncio.run(main())
Point = namedtuple("Point", "x y")
Other = namedtuple("Other", "x y")
p = Point(1, 2)
print(isinstance(p, Point), isinstance(p, Other), isinstance(p, tuple), isinstance((1, 2), Point))
print(isinstance(deque(), deque), isinstance([], deque), isinstance(Counter(), Counter), isinstance(Counter(), dict))
print(isinstance(defaultdict(int), defaultdict), isinstance(defaultdict(int), dict), isinstance({}, defaultdict))
print(isinstance(OrderedDict(), OrderedDict), isinstance(deque(), list), isinstance(ChainMap(), ChainMap))
now = datetime.datetime.now()
print(isinstance(now, datetime.datetime), isinstance(now.date(), datetime.datetime),
      isinstance(datetime.timedelta(1), datetime.timedelta), isinstance(now, tuple))
first, second = {"x": 1}, {"y": 2}
layered = ChainMap(first, second)
layered.update(z=3)
print(layered.setdefault("y", 9), layered.setdefault("w", 0), layered.pop("z"), first, layered.popitem(), first)
layered.clear()
print(layered, first, second, layered.pop("y", "default"))
for bad in (lambda: layered.pop("y"), lambda: layered.popitem()):
    try:
        bad()
    except KeyError as e:
        print("KeyError", e)

# Classes deriving from dict, list, deque and set: a handler registry, a
# stack, a sliding window, a dict with __missing__, an attribute-access
# config, a set of seen names; their instances behave as the base type.
import asyncio
import json
from collections import deque


class Registry(dict):
    def register(self, name):
        def decorator(func):
            self[name] = func
            return func
        return decorator


registry = Registry()


@registry.register("greet")
async def greet(who):
    await asyncio.sleep(0.1)
    return f"hello {who}"


class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]

    def __repr__(self):
        return f"Stack({super().__repr__()})"


class Window(deque):
    def average(self):
        return sum(self) / len(self)


class Defaults(dict):
    def __missing__(self, key):
        return f"<{key}>"


class Config(dict):
    def __init__(self, **settings):
        super().__init__(**settings)
        self.loaded = True

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


class Lower(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


class Seen(set):
    def mark(self, name):
        fresh = name not in self
        self.add(name)
        return fresh


async def main():
    print(list(registry), "greet" in registry, len(registry), await registry["greet"]("bob"))
    stack = Stack([1, 2])
    stack.push(3)
    print(stack, [stack], stack.peek(), len(stack), stack + [4], sorted(stack, reverse=True), bool(Stack()))
    stack += [9]
    print(stack, stack.pop(), stack, isinstance(stack, list), type(stack).__name__)
    window = Window(maxlen=3)
    for x in range(5):
        window.append(x)
        await asyncio.sleep(0.1)
    print(window, window.average(), window.maxlen, list(reversed(window)), window[0])
    d = Defaults(a=1)
    print(d["a"], d["b"], d, d.get("b"), "b" in d)
    config = Config(host="localhost", port=8080)
    print(config.host, config.port, config.loaded, config, json.dumps(config), dict(config), {**config})
    lower = Lower()
    lower["ABC"] = 1
    lower.update(XYZ=2)
    print(lower, sorted(lower), lower == {"abc": 1, "XYZ": 2})
    seen = Seen()
    print([seen.mark(n) for n in ["a", "b", "a"]], seen == {"a", "b"}, sorted(seen | {"c"}), sorted({"z"} | seen))
    print([0] + stack, 2 * stack, stack * 2, (stack == [1, 2, 3]), [1, 2, 3] == stack, stack < [5], f"{stack}")
    try:
        Stack(1, 2)
    except TypeError as e:
        print("TypeError:", e)
    try:
        stack + 1
    except TypeError as e:
        print("TypeError:", e)
    try:
        {Stack(): 1}
    except TypeError as e:
        print("TypeError:", e)
    try:
        f"{stack:>10}"
    except TypeError as e:
        print("TypeError:", e)
    try:
        config.missing
    except AttributeError as e:
        print("AttributeError:", e)
    Stack().pop()


asyncio.run(main())

# The immutable containers extended too: a Pair made by tuple's __new__, a
# frozenset of tags and a set of seen ids shown under their class's name, a
# bytes payload; their base type's methods and operators work on them.
import asyncio


class Pair(tuple):
    def __new__(cls, key, value):
        return super().__new__(cls, (key, value))

    @property
    def key(self):
        return self[0]


class Tags(frozenset):
    def describe(self):
        return ", ".join(sorted(self))


class Seen(set):
    pass


class Payload(bytes):
    def checksum(self):
        return sum(self) % 256


async def receive(i):
    await asyncio.sleep(0.05 * i)
    return Payload(f"msg-{i}".encode())


async def main():
    pair = Pair("host", "example.org")
    print(pair, pair.key, pair[1], len(pair), pair == ("host", "example.org"), pair + ("x",), type(pair).__name__)
    key, value = pair
    print(key, value, dict([pair]), {pair: 1}[("host", "example.org")], isinstance(pair, tuple))
    tags = Tags({"io", "net"})
    print(tags.describe(), "io" in tags, len(tags), sorted(tags | {"cpu"}), repr(Tags()), type(tags & {"io"}).__name__)
    seen = Seen()
    seen.add(3)
    print(seen, repr(Seen()), [Seen({1})])
    payloads = await asyncio.gather(*(receive(i) for i in range(3)))
    for p in payloads:
        print(p, p.decode(), p.checksum(), len(p), p.startswith(b"msg"), p + b"!", isinstance(p, bytes))


asyncio.run(main())

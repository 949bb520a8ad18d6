# Dataclass inheritance, InitVar, __post_init__, default factories and the
# hashing rules, in a small async crawler's bookkeeping.
import asyncio
import dataclasses
from dataclasses import dataclass, field, InitVar, KW_ONLY
from typing import ClassVar


@dataclass
class Event:
    name: str
    at: float = 0.0
    kinds: ClassVar[list] = []

    def __post_init__(self):
        Event.kinds.append(type(self).__name__)


@dataclass
class Fetched(Event):
    url: str = ""
    status: int = 200
    size: int = field(default=0, compare=False)


@dataclass
class Failed(Event):
    url: str = ""
    error: str = "timeout"
    _: KW_ONLY
    attempts: int = 1

    def __post_init__(self):
        super().__post_init__()
        self.error = self.error.upper()


@dataclass
class Page:
    url: str
    body: InitVar[str]
    words: int = field(init=False)
    links: list[str] = field(default_factory=list)

    def __post_init__(self, body):
        self.words = len(body.split())


@dataclass(eq=False)
class Session:
    name: str


@dataclass(unsafe_hash=True)
class Key:
    host: str
    port: int = 80
    note: str = field(default="", hash=False, compare=False)


@dataclass
class Counter:
    hits: int = 0

    def __hash__(self):
        return 7


async def crawl(url, delay, events):
    t0 = asyncio.get_running_loop().time()
    await asyncio.sleep(delay)
    now = asyncio.get_running_loop().time()
    if "bad" in url:
        events.append(Failed("fail", now, url, attempts=2))
    else:
        events.append(Fetched("fetch", now, url, size=len(url) * 10))
    return Page(url, "hello async world " * int(delay * 10))


async def main():
    events = []
    pages = await asyncio.gather(crawl("a.com", 0.2, events), crawl("bad.com", 0.1, events), crawl("b.org", 0.3, events))
    for e in events:
        print(e)
    for p in pages:
        print(p, p.words)
    print(Event.kinds)
    print([f.name for f in dataclasses.fields(Failed)])
    print(Fetched("x", 1.0, "u", size=1) == Fetched("x", 1.0, "u", size=2), Fetched("x") == Event("x"))
    print(Event("x") == Event("x"), Event("x") != Event("y"))
    s = Session("s")
    print(s == Session("s"), s == s, hash(s) == hash(s))
    k = Key("h", 1, "n")
    print(k == Key("h", 1), hash(k) == hash(Key("h", 1, "other")), {k: 1}[Key("h", 1)])
    print(hash(Counter()), Counter() == Counter(0))
    print(dataclasses.is_dataclass(Fetched), dataclasses.is_dataclass(Fetched("f")), dataclasses.is_dataclass(dict))
    print(dataclasses.asdict(events[0]), dataclasses.astuple(events[1]))
    print(dataclasses.replace(pages[0], body="one two"))
    try:
        dataclasses.replace(pages[0])
    except ValueError as e:
        print(e)
    try:
        hash(events[0])
    except TypeError as e:
        print(e)
    print(Failed.__match_args__, Page.__match_args__)
    match events[1]:
        case Fetched(name, at, url):
            print("matched", name, at, url)
        case Failed(url=url):
            print("failed", url)


asyncio.run(main())

# A frozen settings object shared by coroutines: hashable, comparable,
# changed only through replace(); assigning to it raises FrozenInstanceError.
import asyncio
import dataclasses
from dataclasses import dataclass, field
from typing import ClassVar, Optional


@dataclass(frozen=True)
class Settings:
    url: str
    timeout: float = 1.5
    retries: int = 3
    headers: tuple = ()
    instances: ClassVar[int] = 0


@dataclass(frozen=True)
class TlsSettings(Settings):
    cert: Optional[str] = None


async def fetch(settings: Settings, n: int) -> str:
    await asyncio.sleep(settings.timeout / 10)
    return f"{settings.url}#{n} ({settings.retries} retries)"


async def main():
    base = Settings("https://example.com")
    fast = dataclasses.replace(base, timeout=0.5)
    print(base, fast, sep="\n")
    print(await asyncio.gather(fetch(base, 1), fetch(fast, 2)))
    print(base == Settings("https://example.com"), base != fast, hash(base) == hash(Settings("https://example.com")))
    cache = {base: "base", fast: "fast"}
    print(cache[Settings("https://example.com", 0.5)])
    for action in (lambda: setattr(base, "retries", 9), lambda: delattr(base, "url")):
        try:
            action()
        except dataclasses.FrozenInstanceError as e:
            print(type(e).__name__, isinstance(e, AttributeError), e)
    try:
        base.extra = 1
    except AttributeError as e:
        print("extra:", e)
    tls = TlsSettings("https://secure", cert="ca.pem")
    print(tls, isinstance(tls, Settings), tls == Settings("https://secure"))
    print([f.name for f in dataclasses.fields(tls)], Settings.instances)
    print(dataclasses.astuple(tls))
    try:
        @dataclass
        class Mutable(Settings):
            extra: int = 0
    except TypeError as e:
        print(e)
    base.timeout = 10


asyncio.run(main())

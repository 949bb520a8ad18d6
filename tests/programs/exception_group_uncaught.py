import asyncio


async def fetch(name, delay, fail):
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f"{name} unreachable")
    return name


def validate(record):
    errors = []
    for key in ("id", "name"):
        try:
            record[key]
        except KeyError as e:
            e.add_note(f"record is missing {key!r}")
            errors.append(e)
    if errors:
        raise ExceptionGroup("invalid record", errors)


async def main():
    try:
        validate({})
    except* KeyError as eg:
        print("missing:", [str(e) for e in eg.exceptions])
    results = await asyncio.gather(
        fetch("a", 1, False), fetch("b", 2, True), fetch("c", 3, True), return_exceptions=True
    )
    errors = [r for r in results if isinstance(r, Exception)]
    if errors:
        raise ExceptionGroup("fetch failed", errors)


try:
    asyncio.run(main())
except* ConnectionError as eg:
    for e in eg.exceptions:
        print("failed:", e)

inner = ExceptionGroup("inner", [TypeError("t"), ValueError("v")])
try:
    raise ExceptionGroup("outer", [KeyError("k"), inner])
except ExceptionGroup as e:
    e.add_note("outer note")
    raise RuntimeError("wrapped") from e

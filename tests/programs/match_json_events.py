import asyncio

events = [
    {"type": "message", "user": {"name": "ann", "roles": ["admin", "dev"]}, "text": "deploy now"},
    {"type": "message", "user": {"name": "bob", "roles": []}, "text": "hi"},
    {"type": "reaction", "emoji": "+1", "count": 3},
    {"type": "reaction", "emoji": "eyes"},
    {"type": "join", "users": ["cy", "di", "ed"]},
    {"type": "join", "users": []},
    {"type": "metrics", "values": [1.5, 2.5, 3.0], "unit": "ms", "host": "web1"},
    {"kind": "legacy"},
    ["not", "a", "dict"],
    None,
]


async def fetch_weight(name):
    await asyncio.sleep(0.1)
    return len(name)


async def handle(event):
    match event:
        case {"type": "message", "user": {"name": str(name), "roles": [*roles]}, "text": text} if "admin" in roles:
            return f"admin {name} says {text!r}"
        case {"type": "message", "user": {"name": name}, "text": text}:
            return f"{name}: {text}"
        case {"type": "reaction", "emoji": emoji, "count": int(n)} if n > 1:
            return f"{n} x {emoji}"
        case {"type": "reaction", "emoji": emoji}:
            return f"one {emoji}"
        case {"type": "join", "users": [first, *others]}:
            weight = await fetch_weight(first)
            return f"{first} (+{len(others)}) joined, weight {weight}"
        case {"type": "join", "users": []}:
            return "nobody joined"
        case {"type": "metrics", "values": [float() | int() as lo, *_, hi], **rest}:
            return f"range {lo}..{hi} {rest}"
        case {"type": other}:
            return f"unhandled type {other}"
        case dict():
            return f"untyped dict with keys {sorted(event)}"
        case [*words] if all(isinstance(w, str) for w in words):
            return " ".join(words)
        case None:
            return "empty event"


async def main():
    for event in events:
        print(await handle(event))
    total = 0
    for n in range(10):
        match n % 4:
            case 0:
                continue
            case 3:
                if n > 6:
                    break
                total += 100
            case x:
                total += x
    print("total", total, "loop time", asyncio.get_running_loop().time())


asyncio.run(main())

# Modules looplab does not provide fail as CPython fails for a missing one.
import json

print(json.dumps({"ok": True}))
try:
    import aiohttp
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
import aiohttp

# A Windows path in a plain string: "\N" starts a \N{...} escape, so the
# module does not compile (a raw string, r"C:\New folder", would).
import asyncio

async def main():
    path = "C:\New folder\notes.txt"
    print(path)

asyncio.run(main())

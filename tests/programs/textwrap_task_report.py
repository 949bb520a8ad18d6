# Print a wrapped, indented report of what each task did, with textwrap.
import asyncio
import textwrap

HEADER = """
    Crawl report
    ============
      (times are virtual seconds)
"""

PAGES = {
    "home": "The home page lists recent posts, links to the archive, and shows a long-winded welcome message that nobody reads.",
    "about": "About us: a small team building well-tested, human-friendly tools -- mostly in Python.",
    "contact": "Write to support@example.com; replies usually arrive within one business day.",
}


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return name, PAGES[name]


async def main():
    print(textwrap.dedent(HEADER).strip())
    results = await asyncio.gather(fetch("home", 0.3), fetch("about", 0.1), fetch("contact", 0.2))
    loop = asyncio.get_running_loop()
    for name, body in results:
        print(f"[{loop.time():.1f}] {name}:")
        print(textwrap.fill(body, width=40, initial_indent="  - ", subsequent_indent="    "))
    print()
    for name, body in results:
        print(f"{name:>8}: {textwrap.shorten(body, width=36)}")
        print(f"{name:>8}: {textwrap.shorten(body, width=36, placeholder=' …')}")
    print(textwrap.wrap("antidisestablishmentarianism is long", width=10))
    print(textwrap.wrap("antidisestablishmentarianism is long", width=10, break_long_words=False))
    print(textwrap.wrap("a well-known self-contained example", width=12))
    print(textwrap.wrap("a well-known self-contained example", width=12, break_on_hyphens=False))
    print(textwrap.wrap("Tabs\tand   spaces\n  and newlines", width=15))
    print(textwrap.wrap("one two three four five six seven", width=12, max_lines=2))
    print(textwrap.wrap("", width=10), textwrap.fill("   ", width=10) == "")
    print(textwrap.wrap("Hello there. How are you? fine!", width=80, fix_sentence_endings=True))
    log = "started\n\nfetched 3 pages\n  retried 1\n"
    print(textwrap.indent(log, "| "), end="")
    print(textwrap.indent(log, "> ", lambda line: True), end="")
    print(repr(textwrap.dedent("\t  a\n\t  b\n\t    c\n")))
    print(repr(textwrap.dedent("  mixed\n\tindent\n")))


asyncio.run(main())

ok = f"{x!r:>{w}} {y}"

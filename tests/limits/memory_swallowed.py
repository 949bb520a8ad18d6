# Swallows every MemoryError and goes on allocating.
lines = []
while True:
    try:
        lines.append("x" * 1000)
    except MemoryError:
        pass

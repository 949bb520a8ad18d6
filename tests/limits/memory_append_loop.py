# Keeps every string it makes: no single value is big, all of them are.
lines = []
while True:
    lines.append("x" * 1000)

def fail(i):
    try:
        {}[i]
    except KeyError as e:
        raise ValueError(f"item {i}") from e


errors = []
for i in range(17):
    try:
        fail(i)
    except ValueError as e:
        if i == 0:
            e.add_note("first failure")
        errors.append(e)

deep = ValueError("leaf")
for level in range(12):
    deep = ExceptionGroup(f"level {level}", [deep])

try:
    raise ExceptionGroup("deep", [deep])
except ExceptionGroup as eg:
    import traceback
    traceback.print_exc()

raise ExceptionGroup("many failures", errors)

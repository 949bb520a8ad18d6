import traceback


class Counter:
    pass


def bump(stats, key):
    stats[key] += 1


def forget(stats, key):
    del stats[key]


def grow(counter):
    counter.count += 1


for job in (lambda: bump({"a": 1}, "b"), lambda: forget({}, "x"), lambda: grow(Counter())):
    try:
        job()
    except (KeyError, AttributeError):
        traceback.print_exc()

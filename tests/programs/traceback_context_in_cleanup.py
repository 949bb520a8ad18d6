import traceback


class Transaction:
    def __enter__(self):
        print("begin")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("rollback after", exc_type.__name__)
        raise RuntimeError("rollback failed")


def transfer(amount):
    with Transaction():
        if amount < 0:
            raise ValueError("negative amount")


def close_all(files):
    try:
        files[0].close()
    finally:
        raise OSError("cleanup failed")


counter = 0


def bump():
    counter += 1


for job in (lambda: transfer(-5), lambda: close_all([]), bump):
    try:
        job()
    except Exception:
        traceback.print_exc()
        print("=" * 20)

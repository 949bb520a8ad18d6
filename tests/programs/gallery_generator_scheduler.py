import time


def sleep(delay):
    # A coroutine yields a request to its scheduler and is sent back the answer.
    yield {"sleep": delay}


def task(name, delay, count):
    for n in range(count):
        yield from sleep(delay)
        print(f"{time.monotonic():.1f}s  {name} step {n}")
    return f"{name} done"


class Scheduler:
    def __init__(self, coroutines):
        self.ready = list(coroutines)
        self.sleeping = []

    def run(self):
        while self.ready or self.sleeping:
            for coro in list(self.ready):
                self.ready.remove(coro)
                try:
                    request = coro.send(None)
                except StopIteration as stop:
                    print(stop.value)
                    continue
                self.sleeping.append((time.monotonic() + request["sleep"], coro))
            if self.sleeping and not self.ready:
                self.sleeping.sort(key=lambda pair: pair[0])
                wake, coro = self.sleeping.pop(0)
                time.sleep(max(0, wake - time.monotonic()))
                self.ready.append(coro)


Scheduler([task("A", 1, 2), task("B", 0.6, 3)]).run()

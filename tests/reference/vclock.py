"""Run a Python program under CPython 3.11 on looplab's virtual clock.

    python3 tests/reference/vclock.py PROGRAM.py

This is the reference side of looplab's differential tests: whatever this prints
is what `looplab run PROGRAM.py` must print (stdout, the exit status and stderr,
byte for byte once the program's path is normalised).

It runs only on CPython 3.11 and tells its own failures apart from the
program's: when the harness itself fails (the wrong Python, a bug in this file)
it prints a line starting with HARNESS_CRASH_MARKER to stderr and exits with
HARNESS_CRASH_STATUS (3), and the tests fail instead of taking that output as
what CPython prints. An exception the program raises is printed by CPython's
own sys.excepthook with this file's and runpy's frames left out, as
`python3 PROGRAM.py` would print it.

The clock (shared/spec/python-subset.md, "The virtual clock") is a float of
seconds from 0.0. It moves only when
  1. the event loop has nothing ready: its selector's wait jumps the clock to the
     earliest scheduled timer's `when`, exactly (not now + timeout), and
  2. a blocking `time.sleep(d)` runs: it adds d.
`loop.time()`, `time.time()`, `time.perf_counter()` and `time.monotonic()` read it.

Threads (threading.Thread, ThreadPoolExecutor and run_in_executor,
multiprocessing.Pool, queue.Queue and multiprocessing.Queue) are simulated on the same clock, deterministically:
  - exactly one thread runs at a time; a thread runs until it blocks: in
    time.sleep, in the event loop's wait, on a lock, a join, a future's result,
    or an idle worker waiting for work;
  - when the running thread blocks, the next to run is the one that has waited
    longest among those that can go on now (a started thread, a released lock, a
    finished join, new work, a loop woken by call_soon_threadsafe); if none can,
    the clock jumps to the earliest deadline (a sleep's end, the loop's next
    timer) and that thread runs, ties going to the one that blocked first;
  - a new thread first runs when its starter blocks.
os.cpu_count() is 2, so ThreadPoolExecutor() has min(32, 2 + 4) = 6 workers.
looplab's engine follows the same rules, so both print the same.

A program that would wait forever (nothing ready, no timer, no thread that can
go on) raises RuntimeError with WAIT_FOREVER_MESSAGE, which looplab reproduces
word for word.
"""

import asyncio
import concurrent.futures
import itertools
import multiprocessing
import os
import queue
import runpy
import selectors
import sys
import threading
import time
import traceback
import types

WAIT_FOREVER_MESSAGE = (
    "the event loop would wait forever: nothing is ready and no timer is scheduled"
)
CPU_COUNT = 2
HARNESS_CRASH_MARKER = "vclock.py: HARNESS CRASH:"
HARNESS_CRASH_STATUS = 3
HARNESS_FILE = os.path.abspath(__file__)

_RealThread = threading.Thread


class VirtualClock:
    """The one clock every patched time function reads."""

    now = 0.0

    @classmethod
    def read(cls):
        return cls.now


# ---------------------------------------------------------------- the scheduler


class _Waiter:
    """A blocked simulated thread: what lets it go on, and when at the latest."""

    def __init__(self, thread, can_go, deadline, seq):
        self.thread = thread
        self.can_go = can_go
        self.deadline = deadline
        self.seq = seq


class Scheduler:
    """Hands the one baton between simulated threads (see the module doc)."""

    cv = threading.Condition()
    running = None  # the real Thread object that holds the baton
    waiters = []
    seq = itertools.count()
    failure = None  # an exception for the main thread when all would wait forever

    @classmethod
    def block(cls, can_go=None, deadline=None):
        """Blocks the calling thread until can_go() is true or the clock reaches deadline."""
        me = threading.current_thread()
        with cls.cv:
            cls.waiters.append(_Waiter(me, can_go, deadline, next(cls.seq)))
            cls._pass_baton()
            while cls.running is not me:
                cls.cv.wait()
            if cls.failure is not None and me is threading.main_thread():
                failure, cls.failure = cls.failure, None
                raise failure

    @classmethod
    def finish(cls):
        """Gives the baton away for good: the calling thread ends."""
        with cls.cv:
            cls._pass_baton()

    @classmethod
    def _pass_baton(cls):
        ready = [w for w in cls.waiters if w.can_go is not None and w.can_go()]
        if ready:
            chosen = min(ready, key=lambda w: w.seq)
        else:
            timed = [w for w in cls.waiters if w.deadline is not None]
            if timed:
                chosen = min(timed, key=lambda w: (w.deadline, w.seq))
                VirtualClock.now = max(VirtualClock.now, chosen.deadline)
            else:
                main = [w for w in cls.waiters if w.thread is threading.main_thread()]
                if not main:
                    return
                chosen = main[0]
                cls.failure = RuntimeError(WAIT_FOREVER_MESSAGE)
        cls.waiters.remove(chosen)
        cls.running = chosen.thread
        cls.cv.notify_all()


def blocking_sleep(seconds):
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    Scheduler.block(deadline=VirtualClock.now + seconds)


# ------------------------------------------------------------ simulated threads


class SimThread(_RealThread):
    """threading.Thread, run under the Scheduler's baton."""

    def start(self):
        self._sim_started = True
        super().start()
        # The new thread may go on as soon as the starter blocks.
        with Scheduler.cv:
            Scheduler.waiters.append(_Waiter(self, lambda: True, None, next(Scheduler.seq)))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        invoke = self._invoke_excepthook

        def report_then_finish(thread):
            # threading's _bootstrap_inner reports an exception escaping run()
            # here, so the traceback starts at its frame as in CPython. Report
            # before passing the baton: afterwards the main thread may already
            # be printing, or gone.
            try:
                exc = sys.exc_info()[1]
                _crash_if_harness_bug(exc)
                _strip_chain(exc, None, set())
                invoke(thread)
            finally:
                self._sim_done = True
                Scheduler.finish()

        self._invoke_excepthook = report_then_finish

    def run(self):
        with Scheduler.cv:
            while Scheduler.running is not self:
                Scheduler.cv.wait()
        super().run()
        # An exception escaping run() passes the baton in report_then_finish.
        self._sim_done = True
        Scheduler.finish()

    def join(self, timeout=None):
        if not getattr(self, "_sim_started", False):
            raise RuntimeError("cannot join thread before it is started")
        deadline = None if timeout is None else VirtualClock.now + timeout
        if not getattr(self, "_sim_done", False):
            Scheduler.block(lambda: getattr(self, "_sim_done", False), deadline)

    def is_alive(self):
        return getattr(self, "_sim_started", False) and not getattr(self, "_sim_done", False)


class SimLock:
    """threading.Lock whose waits are the Scheduler's."""

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if self._locked:
            if not blocking:
                return False
            deadline = None if timeout is None or timeout < 0 else VirtualClock.now + timeout
            Scheduler.block(lambda: not self._locked, deadline)
            if self._locked:
                return False
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    def locked(self):
        return self._locked

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()


class SimFuture(concurrent.futures.Future):
    """concurrent.futures.Future whose result() waits on the Scheduler."""

    def result(self, timeout=None):
        self._sim_wait(timeout)
        return super().result(timeout=0)

    def exception(self, timeout=None):
        self._sim_wait(timeout)
        return super().exception(timeout=0)

    def _sim_wait(self, timeout):
        if not self.done():
            deadline = None if timeout is None else VirtualClock.now + timeout
            Scheduler.block(self.done, deadline)
        if not self.done():
            raise TimeoutError()


class SimThreadPoolExecutor(concurrent.futures.Executor):
    """ThreadPoolExecutor on simulated threads, naming them as CPython does."""

    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, CPU_COUNT + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._max_workers = max_workers
        self._prefix = thread_name_prefix or "ThreadPoolExecutor-%d" % self._counter()
        self._queue = []
        self._threads = []
        self._idle = 0
        self._shutdown = False

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        future = SimFuture()
        self._queue.append((future, fn, args, kwargs))
        if self._idle == 0 and len(self._threads) < self._max_workers:
            name = "%s_%d" % (self._prefix, len(self._threads))
            thread = SimThread(name=name, target=self._work, daemon=True)
            self._threads.append(thread)
            thread.start()
        return future

    def _work(self):
        while True:
            if not self._queue:
                if self._shutdown:
                    return
                self._idle += 1
                Scheduler.block(lambda: bool(self._queue) or self._shutdown)
                self._idle -= 1
                continue
            future, fn, args, kwargs = self._queue.pop(0)
            if not future.set_running_or_notify_cancel():
                continue
            try:
                result = fn(*args, **kwargs)
            except BaseException as exc:
                _crash_if_harness_bug(exc)
                future.set_exception(exc)
            else:
                future.set_result(result)

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if cancel_futures:
            for future, *_ in self._queue:
                future.cancel()
            self._queue.clear()
        if wait:
            for thread in list(self._threads):
                thread.join()


class SimQueue:
    """queue.Queue (and multiprocessing.Queue) whose waits are the Scheduler's."""

    def __init__(self, maxsize=0):
        self._items = []

    def put(self, item, block=True, timeout=None):
        self._items.append(item)

    put_nowait = put

    def get(self, block=True, timeout=None):
        if not self._items:
            if not block:
                raise queue.Empty
            deadline = None if timeout is None else VirtualClock.now + timeout
            Scheduler.block(lambda: bool(self._items), deadline)
            if not self._items:
                raise queue.Empty
        return self._items.pop(0)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return len(self._items)

    def empty(self):
        return not self._items


class SimAsyncResult:
    """multiprocessing's AsyncResult for SimPool."""

    def __init__(self, future):
        self._future = future

    def get(self, timeout=None):
        return self._future.result(timeout)

    def wait(self, timeout=None):
        try:
            self._future.exception(timeout)
        except TimeoutError:
            pass

    def ready(self):
        return self._future.done()

    def successful(self):
        if not self.ready():
            raise ValueError("result is not ready")
        return self._future.exception(0) is None


class SimPool:
    """multiprocessing.Pool on simulated workers (processes become threads)."""

    def __init__(self, processes=None):
        self._executor = SimThreadPoolExecutor(processes or CPU_COUNT, "ForkPoolWorker")
        self._closed = False

    def apply_async(self, func, args=(), kwds=None, callback=None, error_callback=None):
        if self._closed:
            raise ValueError("Pool not running")

        def call():
            try:
                result = func(*args, **(kwds or {}))
            except BaseException as exc:
                if error_callback is not None:
                    error_callback(exc)
                raise
            if callback is not None:
                callback(result)
            return result

        return SimAsyncResult(self._executor.submit(call))

    def apply(self, func, args=(), kwds=None):
        return self.apply_async(func, args, kwds).get()

    def map(self, func, iterable, chunksize=None):
        return [r.get() for r in [self.apply_async(func, (x,)) for x in iterable]]

    def close(self):
        self._closed = True

    def terminate(self):
        self._closed = True
        self._executor.shutdown(wait=False, cancel_futures=True)

    def join(self):
        if not self._closed:
            raise ValueError("Pool is still running")
        self._executor.shutdown(wait=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.terminate()


# ------------------------------------------------------------------ the loop


class VirtualSelector(selectors.SelectSelector):
    """A selector whose wait is a block on the Scheduler.

    It keeps the real registrations (the loop's self-pipe) but never blocks for
    real: the loop waits until call_soon_threadsafe gave it work, or until its
    earliest timer's deadline, exactly.
    """

    def __init__(self):
        super().__init__()
        self.loop = None

    def select(self, timeout=None):
        loop = self.loop
        if timeout is not None and timeout <= 0:
            return []
        deadline = None
        if timeout is not None:
            deadline = VirtualClock.now + timeout
            if loop._scheduled and loop._scheduled[0]._when <= deadline:
                deadline = loop._scheduled[0]._when
        Scheduler.block(lambda: bool(loop._ready), deadline)
        return []


# asyncio logs the selector's class when it makes a loop ("Using selector:
# EpollSelector" at DEBUG); the virtual selector stands in for Linux's default.
VirtualSelector.__name__ = VirtualSelector.__qualname__ = "EpollSelector"


class VirtualClockPolicy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        selector = VirtualSelector()
        loop = asyncio.SelectorEventLoop(selector)
        selector.loop = loop
        # CPython reads the monotonic clock's resolution; pin it to the spec's 1e-9.
        loop._clock_resolution = 1e-09
        return loop


_real_localtime = time.localtime
_real_gmtime = time.gmtime
_real_strftime = time.strftime
_real_ctime = time.ctime
_real_asctime = time.asctime


def _clock_if_none(secs):
    return VirtualClock.now if secs is None else secs


def install_wall_clock():
    """Wall-clock time is the virtual clock read as seconds since the epoch,
    and local time is UTC: the time functions that default to "now" read the
    clock, and logging's records are stamped with it."""
    os.environ["TZ"] = "UTC"
    time.tzset()
    time.localtime = lambda secs=None: _real_localtime(_clock_if_none(secs))
    time.gmtime = lambda secs=None: _real_gmtime(_clock_if_none(secs))
    time.ctime = lambda secs=None: _real_ctime(_clock_if_none(secs))
    time.strftime = lambda fmt, t=None: _real_strftime(fmt, _real_localtime(VirtualClock.now) if t is None else t)
    time.asctime = lambda t=None: _real_asctime(_real_localtime(VirtualClock.now) if t is None else t)
    time.time_ns = lambda: round(VirtualClock.now * 1e9)
    time.monotonic_ns = time.time_ns
    time.perf_counter_ns = time.time_ns
    install_virtual_datetime()


def install_virtual_datetime():
    """datetime.now() / today() / utcnow() and date.today() read the virtual
    clock: the module's classes are replaced by subclasses that say so, named
    and shown as the originals (`<class 'datetime.datetime'>`,
    `datetime.datetime(…)`). Two seams remain: the replaced datetime is not an
    instance of the replaced date, and an error message names the class
    'datetime' where CPython says 'datetime.datetime'; the corpus avoids both."""
    import datetime as datetime_module

    class VirtualDateTime(datetime_module.datetime):
        @classmethod
        def now(cls, tz=None):
            return cls.fromtimestamp(VirtualClock.now, tz)

        @classmethod
        def today(cls):
            return cls.fromtimestamp(VirtualClock.now)

        @classmethod
        def utcnow(cls):
            return cls.utcfromtimestamp(VirtualClock.now)

        def __repr__(self):
            return "datetime." + super().__repr__()

    class VirtualDate(datetime_module.date):
        @classmethod
        def today(cls):
            return cls.fromtimestamp(VirtualClock.now)

        def __repr__(self):
            return "datetime." + super().__repr__()

    for cls, name in ((VirtualDateTime, "datetime"), (VirtualDate, "date")):
        cls.__name__ = cls.__qualname__ = name
        cls.__module__ = "datetime"
    datetime_module.datetime = VirtualDateTime
    datetime_module.date = VirtualDate


def install():
    Scheduler.running = threading.main_thread()
    install_wall_clock()
    time.time = VirtualClock.read
    time.perf_counter = VirtualClock.read
    time.monotonic = VirtualClock.read
    time.sleep = blocking_sleep
    os.cpu_count = lambda: CPU_COUNT
    threading.Thread = SimThread
    threading.Lock = SimLock
    concurrent.futures.ThreadPoolExecutor = SimThreadPoolExecutor
    multiprocessing.Pool = SimPool
    multiprocessing.Queue = SimQueue
    queue.Queue = SimQueue
    asyncio.set_event_loop_policy(VirtualClockPolicy())


def install_coroutine_origins(harness_frames, program):
    """sys.set_coroutine_origin_tracking_depth(n) (which asyncio's debug mode
    calls with 10) keeps n frames of where each coroutine was made, counting
    the frames this harness and runpy stand on; the unawaited-coroutine
    warning would then show them and fewer of the program's. Track
    `harness_frames` more, and show only what `python3 PROGRAM.py` would:
    the program's frames, at most n of them."""
    import linecache
    import warnings

    real_set = sys.set_coroutine_origin_tracking_depth
    real_get = sys.get_coroutine_origin_tracking_depth
    wanted = [0]

    def set_depth(depth):
        real_set(depth + harness_frames if depth > 0 else depth)
        wanted[0] = depth

    def program_origin(origin):
        for i, (filename, _, funcname) in enumerate(origin):
            if funcname == "<module>" and filename == program:
                return origin[: min(i + 1, wanted[0])]
        return origin[: wanted[0]]

    def warn_unawaited_coroutine(coro):
        # Lib/warnings.py's _warn_unawaited_coroutine, on the program's frames.
        msg_lines = [f"coroutine '{coro.__qualname__}' was never awaited\n"]
        if coro.cr_origin is not None:
            def extract():
                for filename, lineno, funcname in reversed(program_origin(coro.cr_origin)):
                    line = linecache.getline(filename, lineno)
                    yield (filename, lineno, funcname, line)
            msg_lines.append("Coroutine created at (most recent call last)\n")
            msg_lines += traceback.format_list(list(extract()))
        msg = "".join(msg_lines).rstrip("\n")
        warnings.warn(msg, category=RuntimeWarning, stacklevel=2, source=coro)

    sys.set_coroutine_origin_tracking_depth = set_depth
    sys.get_coroutine_origin_tracking_depth = lambda: wanted[0] if real_get() > 0 else real_get()
    warnings._warn_unawaited_coroutine = warn_unawaited_coroutine


class HarnessCrash(Exception):
    """The harness itself failed; never the program's exception."""


def _is_harness_frame(tb):
    return os.path.abspath(tb.tb_frame.f_code.co_filename) == HARNESS_FILE


def _without_harness_frames(tb, program=None):
    """The traceback chain without this file's frames (CPython's own lock,
    sleep and thread code has no Python frames) and, when `program` is given,
    without the frames before the program's first (runpy's)."""
    frames = []
    while tb is not None:
        frames.append(tb)
        tb = tb.tb_next
    if program is not None:
        # No frame of the program (a SyntaxError while compiling it): CPython
        # prints no traceback at all, only the SyntaxError block.
        firsts = [i for i, t in enumerate(frames) if os.path.abspath(t.tb_frame.f_code.co_filename) == program]
        frames = frames[firsts[0]:] if firsts else []
    kept = None
    for t in reversed(frames):
        if not _is_harness_frame(t):
            kept = types.TracebackType(kept, t.tb_frame, t.tb_lasti, t.tb_lineno)
    return kept


def _strip_chain(exc, program, seen):
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        exc.__traceback__ = _without_harness_frames(exc.__traceback__, program)
        _strip_chain(exc.__context__, None, seen)
        exc = exc.__cause__
        program = None


def _raised_by_harness_bug(exc, seen=None):
    """An exception whose innermost frame is in this file on a line that is not
    a `raise` statement (the harness raises ValueError, RuntimeError, … on
    purpose, always with `raise`) is a bug here, not the program's exception;
    so is an exception with such an exception in its chain."""
    seen = set() if seen is None else seen
    if exc is None or id(exc) in seen:
        return False
    seen.add(id(exc))
    if _raised_by_harness_bug(exc.__context__, seen) or _raised_by_harness_bug(exc.__cause__, seen):
        return True
    tb = exc.__traceback__
    if tb is None:
        return False
    while tb.tb_next is not None:
        tb = tb.tb_next
    if not _is_harness_frame(tb):
        return False
    import linecache

    line = linecache.getline(HARNESS_FILE, tb.tb_lineno).strip()
    return not line.startswith("raise")


def _crash_if_harness_bug(exc):
    """In a simulated thread: a harness bug ends the process at once."""
    if _raised_by_harness_bug(exc):
        sys.stdout.flush()
        traceback.print_exception(exc)
        print("%s %r in a simulated thread" % (HARNESS_CRASH_MARKER, exc), file=sys.stderr)
        sys.stderr.flush()
        os._exit(HARNESS_CRASH_STATUS)


def check_python():
    if sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 11):
        raise HarnessCrash(
            "the reference must be CPython 3.11, found %s %s (%s)"
            % (sys.implementation.name, ".".join(map(str, sys.version_info[:3])), sys.executable)
        )


def main(argv):
    if len(argv) != 2:
        raise HarnessCrash("usage: vclock.py PROGRAM.py")
    check_python()
    install()
    sys.argv = argv[1:]
    program = os.path.abspath(argv[1])
    # The program's frames must meet the recursion limit where `python3
    # PROGRAM.py` meets it: give back the levels this harness stands on
    # (its own frames, runpy's run_path, _run_module_code and _run_code,
    # and the exec() that runs the program).
    harness_levels = len(traceback.extract_stack()) + 4
    sys.setrecursionlimit(sys.getrecursionlimit() + harness_levels)
    # ... and the program sees the limit `python3 PROGRAM.py` would show.
    real_get, real_set = sys.getrecursionlimit, sys.setrecursionlimit
    sys.getrecursionlimit = lambda: real_get() - harness_levels
    sys.setrecursionlimit = lambda limit: real_set(limit + harness_levels)
    # Coroutine origins (asyncio's debug mode) count and show the frames
    # `python3 PROGRAM.py` would have: this harness's and runpy's are left out.
    install_coroutine_origins(len(traceback.extract_stack()) + 3, argv[1])
    try:
        runpy.run_path(argv[1], run_name="__main__")
    except SystemExit:
        raise
    except BaseException as exc:
        if _raised_by_harness_bug(exc):
            raise HarnessCrash("an exception inside the harness") from exc
        _strip_chain(exc, program, set())
        sys.stdout.flush()
        sys.__excepthook__(type(exc), exc, exc.__traceback__)
        return 1
    finally:
        sys.stdout.flush()
    return 0


def exit_status(argv):
    """Runs main and returns the exit status CPython would have, printing an
    escaping exception's traceback as CPython does; HARNESS_CRASH_STATUS with
    the marker line when the harness itself failed."""
    try:
        return main(argv)
    except SystemExit as exc:
        if exc.code is None:
            return 0
        if isinstance(exc.code, int):
            return exc.code
        print(exc.code, file=sys.stderr)
        return 1
    except BaseException as exc:
        sys.stdout.flush()
        traceback.print_exc()
        print("%s %s" % (HARNESS_CRASH_MARKER, exc), file=sys.stderr)
        return HARNESS_CRASH_STATUS


if __name__ == "__main__":
    status = exit_status(sys.argv)
    sys.stdout.flush()
    sys.stderr.flush()
    # Simulated threads still parked on the baton must not keep the process alive.
    os._exit(status)

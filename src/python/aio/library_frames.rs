//! The frames of CPython 3.11's own library that its tracebacks show
//! between the program's (asyncio's runners.py and base_events.py around
//! `asyncio.run`, tasks.py's `sleep`, timeouts.py's `__aexit__`; threading.py
//! under a thread's target), with their source lines and markers, so a
//! traceback reads as CPython prints it.

use std::rc::Rc;

use crate::engine::WAIT_FOREVER_MESSAGE;
use crate::python::object::errors::{ExcObj, TbEntry};
use crate::python::object::value::Value;

/// `asyncio.run` raised `e`: the frames from `asyncio.run` down to where the
/// main task's exception came out (or where the loop found nothing to wait for).
pub fn add_run_frames(e: &Rc<ExcObj>) {
    let forever = e.kind == "RuntimeError" && e.message() == WAIT_FOREVER_MESSAGE && e.traceback.borrow().is_empty();
    let mut tb = e.traceback.borrow_mut();
    if forever {
        tb.push(TbEntry::library(
            "asyncio/base_events.py",
            1884,
            "_run_once",
            "event_list = self._selector.select(timeout)",
            Some((13, 43)),
        ));
        tb.push(TbEntry::library("asyncio/base_events.py", 607, "run_forever", "self._run_once()", None));
        tb.push(TbEntry::library("asyncio/base_events.py", 640, "run_until_complete", "self.run_forever()", None));
    } else {
        tb.push(TbEntry::library("asyncio/base_events.py", 653, "run_until_complete", "return future.result()", Some((7, 22))));
    }
    tb.push(TbEntry::library(
        "asyncio/runners.py",
        118,
        "run",
        "return self._loop.run_until_complete(task)",
        Some((7, 42)),
    ));
    tb.push(TbEntry::library("asyncio/runners.py", 190, "run", "return runner.run(main)", Some((7, 23))));
}

/// An exception thrown into `asyncio.sleep(d)` comes out of its `await future`.
pub fn add_sleep_frame(e: &Rc<ExcObj>) {
    e.traceback.borrow_mut().push(TbEntry::library("asyncio/tasks.py", 649, "sleep", "return await future", Some((7, 19))));
}

/// `asyncio.timeout`'s `__aexit__` raised its TimeoutError.
pub fn add_timeout_exit_frame(e: &Rc<ExcObj>) {
    e.traceback.borrow_mut().push(TbEntry::library("asyncio/timeouts.py", 115, "__aexit__", "raise TimeoutError from exc_val", None));
}

/// An exception ended a thread: threading.py's `_bootstrap_inner` called
/// `run`, which called the target (a subclass's own `run` is the target).
pub fn add_thread_frames(e: &Rc<ExcObj>, target: &Value) {
    let own_run = match target {
        Value::Bound(b) => matches!(&b.1, Value::Function(f) if &*f.code.name == "run"),
        _ => false,
    };
    let mut tb = e.traceback.borrow_mut();
    if !own_run {
        tb.push(TbEntry::library("threading.py", 982, "run", "self._target(*self._args, **self._kwargs)", None));
    }
    tb.push(TbEntry::library("threading.py", 1045, "_bootstrap_inner", "self.run()", None));
}

/// A callback the loop ran raised: the frame of the handle's `_run`.
pub fn add_handle_run_frame(e: &Rc<ExcObj>) {
    e.traceback.borrow_mut().push(TbEntry::library(
        "asyncio/events.py",
        80,
        "_run",
        "self._context.run(self._callback, *self._args)",
        None,
    ));
}

/// The program's exception handler raised: the frame of the loop's
/// `call_exception_handler` that called it.
pub fn add_call_exception_handler_frame(e: &Rc<ExcObj>) {
    e.traceback.borrow_mut().push(TbEntry::library(
        "asyncio/base_events.py",
        1808,
        "call_exception_handler",
        "self._exception_handler(self, context)",
        None,
    ));
}

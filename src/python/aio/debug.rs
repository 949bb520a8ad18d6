//! asyncio's debug mode on the engine's (`asyncio.run(main(), debug=True)`,
//! `loop.set_debug(True)`): a handle that runs for `slow_callback_duration`
//! or longer is logged on the `asyncio` logger as CPython's `_run_once` logs
//! it (`Executing <Task …> took 2.000 seconds`), and the futures, tasks and
//! handles made in debug mode show where they were made (`created at
//! FILE:LINE`, the last frame of their `_source_traceback`): the program's
//! line, or asyncio's own where CPython's asyncio makes them.

use std::rc::Rc;

use super::asyncio::Loop;
use super::reprs::ASYNCIO_DIR;
use crate::engine::HandleId;
use crate::python::object::errors::Res;
use crate::python::object::float_repr::float_repr;
use crate::python::object::value::Value;
use crate::python::vm::running_lines::{LibraryFrame, StackLine};
use crate::python::vm::machine::{Interp, Vm};

/// `loop.create_future()`'s `Future(loop=self)` (3.11.7's line).
pub const CREATE_FUTURE: &str = "base_events.py:427";
/// `ensure_future` (and `gather`, `wait`, …): `_ensure_future`'s `loop.create_task(coro)`.
pub const ENSURE_FUTURE: &str = "tasks.py:680";
/// `Runner.run`'s `self._loop.create_task(coro)` (also `asyncio.run`'s).
pub const RUNNER: &str = "runners.py:100";

/// A debug-mode loop: its slow handles are logged, and its futures say
/// they were made by `loop.create_future()` unless told otherwise.
pub fn install(lp: &mut Loop) {
    lp.set_slow_hook(log_slow);
    lp.set_future_origin(Rc::from(format!("{ASYNCIO_DIR}/{CREATE_FUTURE}")));
}

/// Where asyncio's own code at `file_line` made something.
pub fn in_asyncio(file_line: &str) -> Rc<str> {
    Rc::from(format!("{ASYNCIO_DIR}/{file_line}"))
}

/// Where the running Python code is: the program's file and line.
pub fn here(vm: &Vm) -> Rc<str> {
    Rc::from(format!("{}:{}", vm.program.0, vm.caller_line().unwrap_or(0)))
}

/// asyncio's frames under `loop.create_future()`.
pub static CREATE_FUTURE_FRAMES: [LibraryFrame; 1] =
    [asyncio_frame("/usr/lib/python3.11/asyncio/base_events.py", 427, "create_future", "return futures.Future(loop=self)")];
/// asyncio's frames under `asyncio.create_task(coro)` (`loop.create_task`'s own is dropped, as CPython drops it).
pub static CREATE_TASK_FRAMES: [LibraryFrame; 1] =
    [asyncio_frame("/usr/lib/python3.11/asyncio/tasks.py", 384, "create_task", "task = loop.create_task(coro)")];
/// asyncio's frames under `asyncio.ensure_future(coro)`.
pub static ENSURE_FUTURE_FRAMES: [LibraryFrame; 2] = [
    asyncio_frame("/usr/lib/python3.11/asyncio/tasks.py", 659, "ensure_future", "return _ensure_future(coro_or_future, loop=loop)"),
    asyncio_frame("/usr/lib/python3.11/asyncio/tasks.py", 680, "_ensure_future", "return loop.create_task(coro_or_future)"),
];
/// asyncio's frames under `asyncio.gather(…)`, where its outer future is made.
pub static GATHER_FRAMES: [LibraryFrame; 2] = [
    asyncio_frame("/usr/lib/python3.11/asyncio/tasks.py", 847, "gather", "outer = _GatheringFuture(children, loop=loop)"),
    asyncio_frame("/usr/lib/python3.11/asyncio/tasks.py", 709, "__init__", "super().__init__(loop=loop)"),
];
/// asyncio's frames under `TaskGroup.create_task(coro)`.
pub static TASK_GROUP_FRAMES: [LibraryFrame; 1] =
    [asyncio_frame("/usr/lib/python3.11/asyncio/taskgroups.py", 161, "create_task", "task = self._loop.create_task(coro)")];

/// Where a future the program makes now was made, in debug mode: its
/// `_source_traceback` (every running frame, as the C Future's
/// `traceback.extract_stack()` takes them, then asyncio's own `tail` down to
/// where the future is made) and its `created at`, the last of them.
pub struct Created {
    origin: Rc<str>,
    frames: Value,
}

impl Created {
    /// What the running code and `tail` say, if `lp` is in debug mode.
    pub fn now(vm: &Vm, debug: bool, tail: &'static [LibraryFrame]) -> Option<Created> {
        if !debug {
            return None;
        }
        let mut stack = vm.extract_stack(usize::MAX);
        stack.extend(tail.iter().map(StackLine::from));
        let origin = stack.last().map_or_else(|| here(vm), |l| Rc::from(format!("{}:{}", l.file, l.line)));
        Some(Created { origin, frames: crate::python::lib::frame_summary::frame_list(stack) })
    }
    /// Gives future `f` of `lp` this origin and source traceback.
    pub fn apply(self, lp: &mut Loop, f: crate::engine::FutureId) {
        lp.set_origin(f, self.origin);
        lp.set_future_source_traceback(f, self.frames);
    }
}

/// Records where the program made future `f` of the running loop, after
/// asyncio's `tail` frames, if the loop is in debug mode.
pub fn record(vm: &mut Vm, f: crate::engine::FutureId, tail: &'static [LibraryFrame]) -> Res<()> {
    let debug = super::event_loop::loop_of(vm)?.get_debug();
    if let Some(created) = Created::now(vm, debug, tail) {
        created.apply(super::event_loop::loop_of(vm)?, f);
    }
    Ok(())
}

/// Says future (or task) `f` was made at `origin`, if the loop is in debug mode.
pub fn set_origin(lp: &mut Loop, f: crate::engine::FutureId, origin: impl FnOnce() -> Rc<str>) {
    if lp.get_debug() {
        lp.set_origin(f, origin());
    }
}

/// `_run_once`'s warning: `Executing <handle or task> took 0.500 seconds`.
fn log_slow(lp: &mut Loop, st: &mut Interp, h: HandleId, seconds: f64) -> Res<()> {
    let shown = match lp.handle_task(h) {
        Some(task) => super::reprs::future_repr_in(&mut Vm::new(st, Some(lp)), task)?,
        None => handle_text(lp, h),
    };
    let message = format!("Executing {shown} took {seconds:.3} seconds");
    crate::python::lib::logging::library_log(st, "asyncio", 30, &message);
    Ok(())
}

/// `str(handle)` of a handle known only to the engine: its class, deadline,
/// callback and where it was made.
fn handle_text(lp: &Loop, h: HandleId) -> String {
    handle_text_with(lp, h, lp.handle_label(h).unwrap_or_default())
}

/// [`handle_text`] with the callback shown as `label`.
fn handle_text_with(lp: &Loop, h: HandleId, label: String) -> String {
    let mut info = Vec::new();
    match lp.handle_when(h) {
        Ok(Some(when)) => {
            info.push("TimerHandle".to_string());
            info.push(format!("when={}", float_repr(when)));
        }
        _ => info.push("Handle".to_string()),
    }
    info.push(label);
    if let Some(origin) = lp.handle_origin(h) {
        info.push(format!("created at {origin}"));
    }
    format!("<{}>", info.join(" "))
}

/// `constants.DEBUG_STACK_DEPTH`: how many frames a coroutine made in debug
/// mode keeps of where it was made.
pub const DEBUG_STACK_DEPTH: usize = 10;

/// `BaseEventLoop._set_coroutine_origin_tracking(enabled)`.
pub fn track_origins(st: &mut Interp, enabled: bool) {
    st.coroutine_origin_depth = if enabled { DEBUG_STACK_DEPTH } else { 0 };
}

/// `set_debug` on a running loop: CPython turns origin tracking on or off
/// from a handle it schedules with `call_soon_threadsafe` (one more handle
/// in the ready queue, as there).
pub fn track_origins_soon(lp: &mut Loop, enabled: bool) {
    let label = crate::engine::Label::Text(
        format!("BaseEventLoop._set_coroutine_origin_tracking({})", if enabled { "True" } else { "False" }).into(),
    );
    lp.call_soon_threadsafe(label, move |_, st| {
        track_origins(st, enabled);
        Ok(())
    });
}

/// A frame of CPython's asyncio package (3.11.7's lines).
const fn asyncio_frame(file: &'static str, line: u32, name: &'static str, text: &'static str) -> LibraryFrame {
    LibraryFrame { file, line, name, text }
}

const RUN: LibraryFrame = asyncio_frame("/usr/lib/python3.11/asyncio/runners.py", 190, "run", "return runner.run(main)");
const RUNNER_RUN: LibraryFrame =
    asyncio_frame("/usr/lib/python3.11/asyncio/runners.py", 118, "run", "return self._loop.run_until_complete(task)");
const RUN_UNTIL_COMPLETE: LibraryFrame =
    asyncio_frame("/usr/lib/python3.11/asyncio/base_events.py", 640, "run_until_complete", "self.run_forever()");
const RUN_FOREVER: LibraryFrame = asyncio_frame("/usr/lib/python3.11/asyncio/base_events.py", 607, "run_forever", "self._run_once()");
const RUN_ONCE: LibraryFrame = asyncio_frame("/usr/lib/python3.11/asyncio/base_events.py", 1914, "_run_once", "handle._run()");
const HANDLE_RUN: LibraryFrame =
    asyncio_frame("/usr/lib/python3.11/asyncio/events.py", 80, "_run", "self._context.run(self._callback, *self._args)");

/// The frames between `asyncio.run(main())` and the loop's `_run_once`.
pub static ASYNCIO_RUN_FRAMES: [LibraryFrame; 4] = [RUN, RUNNER_RUN, RUN_UNTIL_COMPLETE, RUN_FOREVER];
/// The frames between `runner.run(main())` and the loop's `_run_once`.
pub static RUNNER_RUN_FRAMES: [LibraryFrame; 3] = [RUNNER_RUN, RUN_UNTIL_COMPLETE, RUN_FOREVER];
/// The frames between `loop.run_until_complete(…)` and `_run_once`.
pub static RUN_UNTIL_COMPLETE_FRAMES: [LibraryFrame; 2] = [RUN_UNTIL_COMPLETE, RUN_FOREVER];
/// The frame between `loop.run_forever()` and `_run_once`.
pub static RUN_FOREVER_FRAMES: [LibraryFrame; 1] = [RUN_FOREVER];
/// The frames between `_run_once` and a callback or task step it runs.
static HANDLE_FRAMES: [LibraryFrame; 2] = [RUN_ONCE, HANDLE_RUN];
/// The same out of debug mode, where `_run_once` runs a handle from another line.
pub static PLAIN_HANDLE_FRAMES: [LibraryFrame; 2] =
    [asyncio_frame("/usr/lib/python3.11/asyncio/base_events.py", 1922, "_run_once", "handle._run()"), HANDLE_RUN];

/// Runs `f` with asyncio's `frames` on the stack, as CPython's would be
/// under the Python code the loop runs (a coroutine made there in debug
/// mode shows them where it was created).
pub fn inside<T>(vm: &mut Vm, frames: &'static [LibraryFrame], f: impl FnOnce(&mut Vm) -> T) -> T {
    vm.enter_library(frames);
    let r = f(vm);
    vm.leave_library(frames.len());
    r
}

/// Runs a callback or task step `f`: under `_run_once` and `Handle._run`
/// while coroutine origins are tracked (free otherwise).
pub fn in_handle<T>(vm: &mut Vm, f: impl FnOnce(&mut Vm) -> T) -> T {
    if vm.coroutine_origin_depth == 0 {
        return f(vm);
    }
    inside(vm, &HANDLE_FRAMES, f)
}

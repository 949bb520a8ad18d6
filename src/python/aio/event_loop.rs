//! Event loops as Python objects: every loop the program makes has an id in
//! the interpreter's [`Loops`], and `loop` values ([`LoopRef`]) name it, so
//! `loop is asyncio.get_running_loop()` holds and two `new_event_loop()`s
//! are two loops whose methods act on their own loop.
//!
//! Invariant: a loop's slot is empty exactly while it runs: the engine holds
//! it on the Rust stack then (`run_loop`) and hands it to the Python code it
//! runs as the `Vm`'s running loop; `running` lists the ids of the loops
//! running now, innermost last.

use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;

use super::asyncio::{Loop, as_task_in, future_value, state};
use super::scheduled_call::ScheduledCall;
use crate::engine::{EventLoop, HandleId};
use crate::python::lib::builtins::{arg_count, number_arg};
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::native::{self, NativeObject};
use crate::python::object::value::Value;
use crate::python::vm::machine::{Interp, Vm};

/// Whether a loop runs and whether it is closed, shared by its slot and
/// every Python value that names it (for their repr).
#[derive(Debug, Default)]
struct LoopStatus {
    running: Cell<bool>,
    closed: Cell<bool>,
    debug: Cell<bool>,
    /// `slow_callback_duration` as the program set it (an int stays an int).
    slow_callback_duration: std::cell::RefCell<Option<Value>>,
}

/// One loop of the program.
#[derive(Default)]
struct LoopSlot {
    lp: Option<Box<Loop>>,
    status: Rc<LoopStatus>,
    /// What `set_exception_handler` set.
    exception_handler: Option<Value>,
    /// `shutdown_default_executor()` was called.
    executor_shutdown_called: bool,
}

/// Every event loop the program made (see the module docs).
#[derive(Default)]
pub struct Loops {
    slots: Vec<LoopSlot>,
    running: Vec<usize>,
    current: Option<usize>,
    /// `set_event_loop` was called (also by `asyncio.run`'s end): from then
    /// on `get_event_loop()` makes no loop of its own, as CPython's policy.
    set_called: bool,
}

impl std::fmt::Debug for Loops {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} event loop(s), {} running", self.slots.len(), self.running.len())
    }
}

/// A Python value naming loop `id` (`asyncio.get_running_loop()`).
#[derive(Debug)]
pub struct LoopRef {
    id: usize,
    status: Rc<LoopStatus>,
}

impl NativeObject for LoopRef {
    fn type_name(&self) -> &'static str {
        "_UnixSelectorEventLoop"
    }
    fn repr(&self) -> String {
        let py = |b: bool| if b { "True" } else { "False" };
        format!(
            "<_UnixSelectorEventLoop running={} closed={} debug={}>",
            py(self.status.running.get()),
            py(self.status.closed.get()),
            py(self.status.debug.get())
        )
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn same(&self, other: &dyn NativeObject) -> bool {
        other.as_any().downcast_ref::<LoopRef>().is_some_and(|o| o.id == self.id)
    }
    fn methods(&self) -> &'static [&'static str] {
        LOOP_METHODS
    }
    fn hash_identity(&self, state: &mut dyn std::hash::Hasher) {
        state.write_usize(self.id);
    }
}

/// `asyncio.Handle` / `asyncio.TimerHandle`: what `call_soon` / `call_later`
/// / `call_at` return, naming a handle of loop `loop_id`.
#[derive(Debug)]
pub struct HandleRef {
    loop_id: usize,
    handle: HandleId,
    timer: bool,
    /// A TimerHandle's deadline (the loop forgets it once the handle ran).
    when: Option<f64>,
    /// `cancel()` was called (the loop forgets it once the handle is gone).
    cancelled: std::cell::Cell<bool>,
    /// The callback and its arguments, for the repr (shared with the
    /// engine's handle, which calls them, and its label).
    call: Rc<ScheduledCall>,
    /// The repr it had when it was cancelled in debug mode (CPython keeps
    /// it, callback and all).
    pub kept_repr: std::cell::RefCell<Option<String>>,
}

impl HandleRef {
    /// `Handle` or `TimerHandle`.
    pub fn class_name(&self) -> &'static str {
        if self.timer { "TimerHandle" } else { "Handle" }
    }
    /// Whether it is cancelled, and a timer's deadline.
    pub fn state(&self, vm: &mut Vm) -> Res<(bool, Option<f64>)> {
        let lp = loop_by_id(vm, self.loop_id)?;
        Ok((self.cancelled.get() || lp.handle_cancelled(self.handle)?, self.when))
    }
    /// The callback, for the repr.
    pub fn callback(&self) -> &Value {
        &self.call.callback
    }
    /// The callback's arguments, for the repr.
    pub fn args(&self) -> &[Value] {
        self.call.args()
    }
    /// Where it was made, if its loop was in debug mode then.
    pub fn origin(&self, vm: &mut Vm) -> Option<Rc<str>> {
        loop_by_id(vm, self.loop_id).ok()?.handle_origin(self.handle)
    }
}

impl NativeObject for HandleRef {
    fn type_name(&self) -> &'static str {
        if self.timer { "TimerHandle" } else { "Handle" }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn same(&self, other: &dyn NativeObject) -> bool {
        other.as_any().downcast_ref::<HandleRef>().is_some_and(|o| o.loop_id == self.loop_id && o.handle == self.handle)
    }
    fn hash_identity(&self, state: &mut dyn std::hash::Hasher) {
        state.write_usize(self.loop_id);
        state.write_u64(self.handle.number());
    }
    fn methods(&self) -> &'static [&'static str] {
        if self.timer { &["cancel", "cancelled", "when"] } else { &["cancel", "cancelled"] }
    }
}

/// Calls method `name` of a handle.
pub fn call_handle_method(vm: &mut Vm, handle: &HandleRef, name: &str, args: Vec<Value>) -> Res<Value> {
    arg_count(name, &args, 0, 0)?;
    let lp = loop_by_id(vm, handle.loop_id)?;
    match name {
        "cancel" => {
            let keep = lp.get_debug() && !(handle.cancelled.get() || lp.handle_cancelled(handle.handle)?);
            let when = handle.when;
            lp.cancel_handle(handle.handle)?;
            handle.cancelled.set(true);
            if keep {
                let kept = super::reprs::handle_repr_as(vm, handle, true, when, true)?;
                *handle.kept_repr.borrow_mut() = Some(kept);
            }
            Ok(Value::None)
        }
        "cancelled" => Ok(Value::Bool(handle.cancelled.get() || lp.handle_cancelled(handle.handle)?)),
        "when" if handle.timer => Ok(handle.when.map_or(Value::None, Value::Float)),
        other => Err(exc("AttributeError", format!("'{}' object has no attribute '{other}'", handle.type_name()))),
    }
}

/// The methods of a loop object.
pub const LOOP_METHODS: &[&str] = &[
    "time",
    "call_soon",
    "call_later",
    "call_at",
    "create_task",
    "create_future",
    "shutdown_asyncgens",
    "is_running",
    "is_closed",
    "run_forever",
    "run_until_complete",
    "stop",
    "close",
    "run_in_executor",
    "call_soon_threadsafe",
    "get_debug",
    "set_debug",
    "set_exception_handler",
    "get_exception_handler",
    "default_exception_handler",
    "call_exception_handler",
    "set_default_executor",
    "shutdown_default_executor",
];

/// `loop.slow_callback_duration` of loop `id`, as it was set.
pub fn slow_callback_duration(vm: &mut Vm, id: usize) -> Res<Value> {
    if let Some(v) = state(vm).loops.slots.get(id).and_then(|s| s.status.slow_callback_duration.borrow().clone()) {
        return Ok(v);
    }
    Ok(Value::Float(loop_by_id(vm, id)?.slow_callback_duration()))
}

/// `loop.slow_callback_duration = value`. CPython stores anything and
/// compares it with a float in debug mode; looplab takes numbers only.
pub fn set_slow_callback_duration(vm: &mut Vm, id: usize, value: &Value) -> Res<()> {
    let seconds = match value {
        Value::Int(_) | Value::Float(_) | Value::Bool(_) => number_arg(value, "slow_callback_duration")?,
        other => {
            return Err(exc(
                "NotImplementedError",
                format!("looplab's loop.slow_callback_duration must be a number, not {}", other.type_name()),
            ));
        }
    };
    loop_by_id(vm, id)?.set_slow_callback_duration(seconds);
    if let Some(slot) = state(vm).loops.slots.get(id) {
        *slot.status.slow_callback_duration.borrow_mut() = Some(value.clone());
    }
    Ok(())
}

/// A new loop on the run's clock and runtime, which lets threads run while
/// it waits. Returns its id.
pub fn new_loop(st: &mut Interp) -> usize {
    let home = st.finalizers.clone();
    let aio = state(st);
    let mut lp: Box<Loop> = Box::new(EventLoop::new(aio.runtime.clone()));
    lp.set_tracing(aio.tracing);
    lp.set_wait_hook(wait_for_threads);
    lp.set_error_hook(super::exception_handler::error_hook);
    lp.set_token_home(home);
    super::debug::install(&mut lp);
    let loops = &mut aio.loops;
    loops.slots.push(LoopSlot { lp: Some(lp), status: Rc::default(), exception_handler: None, executor_shutdown_called: false });
    let id = loops.slots.len() - 1;
    crate::python::lib::logging::library_log(st, "asyncio", 10, "Using selector: EpollSelector");
    id
}

/// `asyncio.run`'s loop: made for the run (in debug mode if `debug`),
/// current while it runs, and no loop is current afterwards
/// (`Runner.close()` sets the event loop to None).
pub fn run_in_new_loop(vm: &mut Vm, debug: bool, run: impl FnOnce(&mut Loop, &mut Interp) -> Res<Value>) -> Res<Value> {
    let id = new_loop(vm);
    if debug {
        set_debug(vm, id, true)?;
    }
    set_current(vm, Some(id));
    let r = run_loop(vm, id, run);
    set_current(vm, None);
    r
}

/// `loop.set_debug(enabled)` on loop `id`, running or not.
pub fn set_debug(vm: &mut Vm, id: usize, enabled: bool) -> Res<()> {
    loop_by_id(vm, id)?.set_debug(enabled);
    if let Some(slot) = state(vm).loops.slots.get(id) {
        slot.status.debug.set(enabled);
    }
    Ok(())
}

/// Makes loop `id` current, as `set_event_loop` does.
fn set_current(st: &mut Interp, id: Option<usize>) {
    let loops = &mut state(st).loops;
    loops.current = id;
    loops.set_called = true;
}

/// The Python value naming loop `id`.
pub fn loop_value(st: &mut Interp, id: usize) -> Value {
    let status = state(st).loops.slots.get(id).map(|s| s.status.clone()).unwrap_or_default();
    Value::Native(Rc::new(LoopRef { id, status }))
}

/// `asyncio.get_running_loop()`.
pub fn running_loop_value(vm: &mut Vm) -> Res<Value> {
    match state(vm).loops.running.last().copied() {
        Some(id) if has_running_loop(vm) => Ok(loop_value(vm, id)),
        _ => Err(exc("RuntimeError", "no running event loop")),
    }
}

/// `asyncio.get_event_loop()` outside a running loop: the current loop;
/// with none ever set, a new one becomes current (CPython 3.11's policy).
pub fn current_loop_value(vm: &mut Vm) -> Res<Value> {
    let loops = &state(vm).loops;
    match (loops.current, loops.set_called) {
        (Some(id), _) => Ok(loop_value(vm, id)),
        (None, false) => {
            let id = new_loop(vm);
            set_current(vm, Some(id));
            Ok(loop_value(vm, id))
        }
        (None, true) => Err(exc("RuntimeError", "There is no current event loop in thread 'MainThread'.")),
    }
}

/// `asyncio.set_event_loop(loop)`.
pub fn set_event_loop(vm: &mut Vm, value: &Value) -> Res<()> {
    let id = match value {
        Value::None => None,
        other => Some(loop_id(other).ok_or_else(|| exc("TypeError", format!("loop must be an instance of AbstractEventLoop or None, not '{}'", other.type_name())))?),
    };
    set_current(vm, id);
    Ok(())
}

/// The loop a value names, if it is a loop.
pub fn loop_id(v: &Value) -> Option<usize> {
    match v {
        Value::Native(n) => native::downcast::<LoopRef>(n).map(|l| l.id),
        _ => None,
    }
}

/// `asyncio.get_running_loop().time()`.
pub fn running_loop_time(vm: &mut Vm) -> Res<f64> {
    match vm.running_loop().and_then(|l| l.downcast_mut::<Loop>()) {
        Some(lp) => Ok(lp.time()),
        None => Err(exc("RuntimeError", "no running event loop")),
    }
}

/// The loop running this code, else the current one.
pub fn loop_of<'v>(vm: &'v mut Vm<'_>) -> Res<&'v mut Loop> {
    let (st, running) = vm.parts();
    let lp = match running {
        Some(l) => l.downcast_mut::<Loop>(),
        None => {
            let loops = &mut state(st).loops;
            let id = loops.current;
            id.and_then(|i| loops.slots.get_mut(i)).and_then(|s| s.lp.as_deref_mut())
        }
    };
    lp.ok_or_else(|| exc("RuntimeError", "no running event loop"))
}

/// Loop `id`: the running one if it is running this code, else its slot.
fn loop_by_id<'v>(vm: &'v mut Vm<'_>, id: usize) -> Res<&'v mut Loop> {
    let (st, running) = vm.parts();
    let loops = &mut state(st).loops;
    if loops.running.last() == Some(&id)
        && let Some(lp) = running.and_then(|l| l.downcast_mut::<Loop>())
    {
        return Ok(lp);
    }
    match loops.slots.get_mut(id).and_then(|s| s.lp.as_deref_mut()) {
        Some(lp) => Ok(lp),
        None => Err(exc("RuntimeError", "that event loop is running in another frame")),
    }
}

/// Runs `f` on loop `id` (the running one, or its slot when it is not
/// running).
pub fn with_loop(vm: &mut Vm, id: usize, f: impl FnOnce(&mut Loop)) -> Res<()> {
    f(loop_by_id(vm, id)?);
    Ok(())
}

/// The handler `set_exception_handler` set on loop `id`.
pub fn exception_handler(st: &mut Interp, id: usize) -> Option<Value> {
    state(st).loops.slots.get(id).and_then(|s| s.exception_handler.clone())
}

/// Loop `id`'s `shutdown_default_executor()` was called.
pub fn mark_executor_shutdown(st: &mut Interp, id: usize) {
    if let Some(slot) = state(st).loops.slots.get_mut(id) {
        slot.executor_shutdown_called = true;
    }
}

/// Whether loop `id`'s `shutdown_default_executor()` was called.
pub fn executor_shutdown_called(st: &mut Interp, id: usize) -> bool {
    state(st).loops.slots.get(id).is_some_and(|s| s.executor_shutdown_called)
}

/// The id of the loop running now, if any.
pub fn running_loop_id(st: &mut Interp) -> Option<usize> {
    state(st).loops.running.last().copied()
}

/// Whether an event loop is running this code.
pub fn has_running_loop(vm: &mut Vm) -> bool {
    vm.running_loop().is_some_and(|l| l.is::<Loop>())
}

/// Whether the running event loop has a handle ready to run.
pub fn loop_ready(vm: &Vm) -> bool {
    vm.running_loop_ref().and_then(|l| l.downcast_ref::<Loop>()).is_some_and(|lp| lp.ready_len() > 0)
}

/// Runs loop `id` with `run`: the loop is taken out of its slot for the
/// run, so the engine holds it while the Python code inside runs with it.
pub fn run_loop(vm: &mut Vm, id: usize, run: impl FnOnce(&mut Loop, &mut Interp) -> Res<Value>) -> Res<Value> {
    if has_running_loop(vm) {
        return Err(exc("RuntimeError", "Cannot run the event loop while another loop is running"));
    }
    let (st, _) = vm.parts();
    let loops = &mut state(st).loops;
    let Some(slot) = loops.slots.get_mut(id) else {
        return Err(exc("RuntimeError", "no such event loop"));
    };
    let Some(mut lp) = slot.lp.take() else {
        return Err(exc("RuntimeError", "This event loop is already running"));
    };
    let status = slot.status.clone();
    status.running.set(true);
    loops.running.push(id);
    super::debug::track_origins(st, lp.get_debug());
    let r = run(&mut lp, st);
    super::debug::track_origins(st, false);
    let loops = &mut state(st).loops;
    loops.running.pop();
    status.running.set(false);
    status.closed.set(lp.is_closed());
    let reported = report_errors(st, &mut lp, id);
    if let Some(slot) = state(st).loops.slots.get_mut(id) {
        slot.lp = Some(lp);
    }
    reported?;
    r
}

/// Runs `report` on each loop that is not running and whose `find` holds,
/// then hands what it reported to the loop's exception handler (the loop
/// is out of its slot meanwhile, as while it runs).
pub fn report_in_idle_loops(st: &mut Interp, find: impl Fn(&Loop) -> bool, report: impl Fn(&mut Loop)) -> Res<()> {
    for id in 0..state(st).loops.slots.len() {
        let slot = &mut state(st).loops.slots[id];
        let Some(mut lp) = slot.lp.take_if(|lp| find(lp)) else { continue };
        report(&mut lp);
        let errors = lp.take_errors();
        let r = super::exception_handler::dispatch(st, &mut lp, id, errors);
        state(st).loops.slots[id].lp = Some(lp);
        r?;
    }
    Ok(())
}

/// The loop's selector wait while threads are active: they run until the
/// loop may go on.
fn wait_for_threads(lp: &mut Loop, st: &mut Interp, deadline: Option<f64>) -> Res<bool> {
    if !st.ext.get_mut::<super::threads::Threads>().active() {
        return Ok(false);
    }
    super::threads::loop_wait(&mut Vm::new(st, Some(lp)), deadline)?;
    Ok(true)
}

/// `loop.call_soon` / `call_later` / `call_at` on loop `id`; `when`: None
/// for call_soon, (t, true) for call_later(t), (t, false) for call_at(t).
fn schedule(vm: &mut Vm, id: usize, when: Option<(f64, bool)>, args: Vec<Value>) -> Res<Value> {
    if args.is_empty() {
        return type_error("call_soon() missing 1 required positional argument: 'callback'");
    }
    let call = ScheduledCall::new(args, vm.program.0.clone());
    // `_source_traceback`: extract_stack's 10 frames from inside asyncio,
    // less asyncio's own (three under call_later, two under the others).
    let depth = match when {
        Some((_, true)) => super::debug::DEBUG_STACK_DEPTH - 3,
        _ => super::debug::DEBUG_STACK_DEPTH - 2,
    };
    let origin = loop_by_id(vm, id)?
        .get_debug()
        .then(|| (super::debug::here(vm), crate::python::lib::frame_summary::frame_list(vm.extract_stack(depth))));
    let lp = loop_by_id(vm, id)?;
    let h = lp.schedule_host_call(call.clone(), when);
    if let Some((origin, stack)) = origin {
        lp.set_handle_origin(h, origin);
        lp.set_handle_source_traceback(h, stack);
    }
    Ok(Value::Native(Rc::new(HandleRef { loop_id: id, handle: h, timer: when.is_some(), when: lp.handle_when(h)?, cancelled: Default::default(), call, kept_repr: Default::default() })))
}

/// Moves what a loop recorded while it ran into the interpreter: its trace,
/// and the errors it reported last (when it closed) to its exception handler.
fn report_errors(st: &mut Interp, lp: &mut Loop, id: usize) -> Res<()> {
    state(st).trace.extend(lp.take_trace());
    let errors = lp.take_errors();
    super::exception_handler::dispatch(st, lp, id, errors)
}

/// The positional arguments of a loop method written in Python
/// (`BaseEventLoop.set_exception_handler(self, handler)`), with its errors.
pub fn method_args(method: &str, args: &[Value], params: &[&str]) -> Res<()> {
    let (n, want) = (args.len(), params.len());
    if n < want {
        let missing = &params[n..];
        let names: Vec<String> = missing.iter().map(|p| format!("'{p}'")).collect();
        let s = if missing.len() == 1 { "" } else { "s" };
        return type_error(format!(
            "BaseEventLoop.{method}() missing {} required positional argument{s}: {}",
            missing.len(),
            names.join(" and ")
        ));
    }
    if n > want {
        let s = if want == 0 { "" } else { "s" };
        return type_error(format!("BaseEventLoop.{method}() takes {} positional argument{s} but {} were given", want + 1, n + 1));
    }
    Ok(())
}

/// Calls method `func` of loop `id`.
pub fn call_loop_method(vm: &mut Vm, id: usize, func: &str, args: Vec<Value>) -> Res<Value> {
    match func {
        "time" => Ok(Value::Float(loop_by_id(vm, id)?.time())),
        "call_soon" | "call_soon_threadsafe" => schedule(vm, id, None, args),
        "run_in_executor" => {
            let (Some(executor), Some(func)) = (args.first(), args.get(1)) else {
                return type_error("run_in_executor() missing 2 required positional arguments: 'executor' and 'func'");
            };
            let lp = loop_by_id(vm, id)?;
            let target = lp.create_future();
            super::threads::name_executor_future(lp, target, func);
            let job = super::threads::run_in_executor(vm, executor, func.clone(), args[2..].to_vec())?;
            super::threads::link_asyncio(vm, job, target);
            Ok(future_value(loop_by_id(vm, id)?, target))
        }
        "call_later" | "call_at" => {
            let Some(first) = args.first() else {
                return type_error(format!("{func}() missing 2 required positional arguments"));
            };
            let t = number_arg(first, func)?;
            schedule(vm, id, Some((t, func == "call_later")), args[1..].to_vec())
        }
        "create_task" => {
            arg_count("create_task", &args, 1, 1)?;
            let debug = loop_by_id(vm, id)?.get_debug();
            let created = super::debug::Created::now(vm, debug, &[]);
            let lp = loop_by_id(vm, id)?;
            let task = as_task_in(lp, &args[0])?;
            if let Some(created) = created {
                created.apply(lp, task);
            }
            Ok(future_value(lp, task))
        }
        "create_future" => {
            let debug = loop_by_id(vm, id)?.get_debug();
            let created = super::debug::Created::now(vm, debug, &super::debug::CREATE_FUTURE_FRAMES);
            let lp = loop_by_id(vm, id)?;
            let f = lp.create_future();
            if let Some(created) = created {
                created.apply(lp, f);
            }
            Ok(future_value(lp, f))
        }
        "shutdown_asyncgens" => Ok(super::asyncio::awaitable(Box::new(super::asyncgens::ShutdownAsyncgens::default()))),
        "is_running" => Ok(Value::Bool(state(vm).loops.running.contains(&id))),
        "get_debug" => {
            if !args.is_empty() {
                return type_error(format!("BaseEventLoop.get_debug() takes 1 positional argument but {} were given", args.len() + 1));
            }
            Ok(Value::Bool(loop_by_id(vm, id)?.get_debug()))
        }
        "set_debug" => {
            match args.len() {
                0 => return type_error("BaseEventLoop.set_debug() missing 1 required positional argument: 'enabled'"),
                1 => {}
                n => return type_error(format!("BaseEventLoop.set_debug() takes 2 positional arguments but {} were given", n + 1)),
            }
            set_debug(vm, id, args[0].truthy())?;
            if state(vm).loops.running.contains(&id) {
                super::debug::track_origins_soon(loop_by_id(vm, id)?, args[0].truthy());
            }
            Ok(Value::None)
        }
        "is_closed" => Ok(Value::Bool(loop_by_id(vm, id)?.is_closed())),
        "stop" => {
            loop_by_id(vm, id)?.stop();
            Ok(Value::None)
        }
        "close" => {
            loop_by_id(vm, id)?.close()?;
            if let Some(slot) = state(vm).loops.slots.get(id) {
                slot.status.closed.set(true);
            }
            let errors = loop_by_id(vm, id)?.take_errors();
            let (st, running) = vm.parts();
            match running.and_then(|l| l.downcast_mut::<Loop>()) {
                Some(lp) => super::exception_handler::dispatch(st, lp, id, errors)?,
                None => {
                    let mut lp = state(st).loops.slots.get_mut(id).and_then(|s| s.lp.take()).ok_or_else(|| exc("RuntimeError", "no such event loop"))?;
                    let r = super::exception_handler::dispatch(st, &mut lp, id, errors);
                    if let Some(slot) = state(st).loops.slots.get_mut(id) {
                        slot.lp = Some(lp);
                    }
                    r?;
                }
            }
            Ok(Value::None)
        }
        "set_default_executor" => super::default_executor::set(vm, &args),
        "shutdown_default_executor" => super::default_executor::shutdown(vm, id, &args),
        "set_exception_handler" => {
            method_args("set_exception_handler", &args, &["handler"])?;
            let handler = args[0].clone();
            if !matches!(handler, Value::None) && !crate::python::lib::functools::is_callable(&handler) {
                return type_error(format!("A callable object or None is expected, got {}", crate::python::vm::instances::display(vm, &handler, true)?));
            }
            if let Some(slot) = state(vm).loops.slots.get_mut(id) {
                slot.exception_handler = if matches!(handler, Value::None) { None } else { Some(handler) };
            }
            Ok(Value::None)
        }
        "get_exception_handler" => {
            method_args("get_exception_handler", &args, &[])?;
            Ok(exception_handler(vm, id).unwrap_or(Value::None))
        }
        "default_exception_handler" => {
            method_args("default_exception_handler", &args, &["context"])?;
            super::exception_handler::default_exception_handler(vm, &args[0])?;
            Ok(Value::None)
        }
        "call_exception_handler" => {
            method_args("call_exception_handler", &args, &["context"])?;
            super::exception_handler::call_exception_handler(vm, id, args[0].clone())?;
            Ok(Value::None)
        }
        "run_forever" => {
            let r = super::debug::inside(vm, &super::debug::RUN_FOREVER_FRAMES, |vm| {
                run_loop(vm, id, |lp, st| lp.run_forever(st).map(|_| Value::None))
            });
            vm.unless_halted(r)
        }
        "run_until_complete" => {
            arg_count("run_until_complete", &args, 1, 1)?;
            let t = as_task_in(loop_by_id(vm, id)?, &args[0])?;
            let r = super::debug::inside(vm, &super::debug::RUN_UNTIL_COMPLETE_FRAMES, |vm| {
                run_loop(vm, id, |lp, st| lp.run_until_complete(t, st))
            });
            vm.unless_halted(r)
        }
        other => Err(exc("AttributeError", format!("'_UnixSelectorEventLoop' object has no attribute '{other}'"))),
    }
}

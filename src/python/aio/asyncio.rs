//! The bridge between the VM and the engine: [`PyHost`] (the engine's `Host`
//! for Python values), [`PyCoroutine`] (a suspended coroutine frame as the
//! engine's `Coroutine`), and the `asyncio` functions built on them.
//!
//! The engine drives a task by calling `send(value, lp, cx)`, where `cx` is
//! the interpreter's state ([`Interp`], the engine's `Host::Cx`); the bridge
//! then runs Python code in a [`Vm`] made of that state and that loop, so the
//! code can call into the loop (`asyncio.create_task`). The loop travels as a
//! parameter: nothing points from a loop or a coroutine back to the VM.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use crate::engine::sleep::AwaitFuture;
use crate::engine::{Coroutine, EventLoop, FutureId, Host, Runtime, Sleep, Step, TraceEvent};

use crate::python::lib::builtins::{arg_count, number_arg};
use crate::python::object::errors::ExcObj;
use crate::python::object::frame::Finalizers;
use crate::python::object::native::{self, HandleKind, HandleRef, NativeObject};
use crate::python::object::value::Value;
use crate::python::vm::library::{AwaitOutcome, RunClock};
use crate::python::vm::machine::{FrameResult, Interp, Vm};
use super::event_loop::{
    Loops, current_loop_value, has_running_loop, loop_of, loop_value, new_loop, run_in_new_loop, running_loop_value,
    set_event_loop,
};
use crate::python::object::frame::GenState;
use crate::python::object::errors::{Res, exc, type_error};

/// The engine's view of Python: values and exceptions are the VM's.
#[derive(Debug)]
pub struct PyHost;

impl Host for PyHost {
    type Value = Value;
    type Exception = Rc<ExcObj>;
    type Cx = Interp;
    fn none() -> Value {
        Value::None
    }
    fn bool_value(b: bool) -> Value {
        Value::Bool(b)
    }
    fn list(items: Vec<Value>) -> Value {
        Value::list(items)
    }
    fn tuple(items: Vec<Value>) -> Value {
        Value::tuple(items)
    }
    fn future_value(lp: &Loop, id: FutureId) -> Value {
        future_value(lp, id)
    }
    fn future_set(lp: &Loop, ids: Vec<FutureId>) -> Value {
        let set = ids.into_iter().map(|f| crate::python::object::value::Key(future_value(lp, f))).collect();
        Value::Set(Rc::new(RefCell::new(set)))
    }
    fn exception_value(e: &Rc<ExcObj>) -> Value {
        Value::Exc(e.clone())
    }
    fn cancelled_error(msg: Option<String>) -> Rc<ExcObj> {
        ExcObj::new("CancelledError", msg.map(|m| vec![Value::str(&m)]).unwrap_or_default())
    }
    fn is_cancelled_error(e: &Rc<ExcObj>) -> bool {
        e.kind == "CancelledError"
    }
    fn timeout_error() -> Rc<ExcObj> {
        ExcObj::new("TimeoutError", Vec::new())
    }
    fn invalid_state_error(msg: &str) -> Rc<ExcObj> {
        exc("InvalidStateError", msg)
    }
    fn runtime_error(msg: &str) -> Rc<ExcObj> {
        exc("RuntimeError", msg)
    }
    fn value_error(msg: &str) -> Rc<ExcObj> {
        exc("ValueError", msg)
    }
    fn queue_empty() -> Rc<ExcObj> {
        ExcObj::new("QueueEmpty", Vec::new())
    }
    fn queue_full() -> Rc<ExcObj> {
        ExcObj::new("QueueFull", Vec::new())
    }
    fn describe_value(v: &Value) -> String {
        v.repr()
    }
    fn describe_exception(e: &Rc<ExcObj>) -> String {
        e.repr()
    }
}

/// The loop type the VM runs on.
pub type Loop = EventLoop<PyHost>;

/// What the asyncio bridge keeps in the interpreter (its [`Interp::ext`]).
#[derive(Debug, Default)]
pub struct AioState {
    /// The run's runtime: the one clock, the task counter, the driver.
    pub runtime: Runtime,
    /// Whether loops record the engine's trace.
    pub tracing: bool,
    /// Trace events of the loops that have finished running.
    pub trace: Vec<TraceEvent>,
    /// Every event loop the program made.
    pub(super) loops: Loops,
    /// Done callbacks added from Python, to find them for `remove_done_callback`.
    done_callbacks: Vec<(FutureId, Value, crate::engine::CallbackId)>,
    /// The coroutines of the tasks being stepped now, innermost last (a
    /// running task's coroutine is out of its slot in the engine then).
    pub(super) stepping: Vec<Rc<RefCell<GenState>>>,
}

/// The bridge's state in `st`.
pub fn state(st: &mut Interp) -> &mut AioState {
    st.ext.get_mut::<AioState>()
}

/// Whether the run records the engine's trace.
pub fn tracing(vm: &mut Vm) -> bool {
    state(vm).tracing
}

/// The run's clock and driver as the interpreter reads them.
impl RunClock for Runtime {
    fn now(&self) -> f64 {
        self.clock.get()
    }
    fn set_now(&self, t: f64) {
        self.clock.set(t);
    }
    fn iteration(&self) -> u64 {
        self.driver.borrow().iterations
    }
    fn halted(&self) -> bool {
        self.driver.borrow().halt.is_some()
    }
    fn wake_time(&self, deadline: f64) -> Option<f64> {
        self.driver.borrow_mut().wake_time(deadline)
    }
}

/// A plain asyncio future of the loop running the code, by its engine id: a
/// `Value::Handle` of this kind is an instance of CPython's `_asyncio.Future`.
pub static FUTURE: HandleKind =
    HandleKind { type_name: "_asyncio.Future", repr: |id| format!("<Future #{id}>"), methods: FUTURE_METHODS };

/// A task of the loop running the code, by its engine id: an instance of
/// `_asyncio.Task`, which derives from `_asyncio.Future`.
pub static TASK: HandleKind = HandleKind { type_name: "_asyncio.Task", repr: |id| format!("<Task #{id}>"), methods: TASK_METHODS };

/// `gather`'s future: an instance of `asyncio.tasks._GatheringFuture`, a
/// Python subclass of `_asyncio.Future`.
pub static GATHERING: HandleKind =
    HandleKind { type_name: "_GatheringFuture", repr: |id| format!("<_GatheringFuture #{id}>"), methods: FUTURE_METHODS };

/// The public methods of `_asyncio.Future`.
const FUTURE_METHODS: &[&str] = &[
    "result",
    "done",
    "cancelled",
    "cancel",
    "exception",
    "set_result",
    "set_exception",
    "add_done_callback",
    "remove_done_callback",
    "get_loop",
];

/// The public methods of `_asyncio.Task`: a future's (`set_result` and
/// `set_exception` raise for a task) and the task's own.
const TASK_METHODS: &[&str] = &[
    "result",
    "done",
    "cancelled",
    "cancel",
    "exception",
    "get_name",
    "set_name",
    "set_result",
    "set_exception",
    "add_done_callback",
    "remove_done_callback",
    "get_loop",
    "cancelling",
    "uncancel",
    "get_coro",
    "get_stack",
    "print_stack",
];

/// The Python value standing for future `f` of loop `lp`: a Task or a Future,
/// as the engine knows it. Every copy shares one [`HandleRef`], which the
/// loop holds weakly, so that the loop hears when the last one goes.
pub fn future_value(lp: &Loop, f: FutureId) -> Value {
    let kind = if lp.is_task(f) {
        &TASK
    } else if lp.is_gathering(f) {
        &GATHERING
    } else {
        &FUTURE
    };
    if let Some(token) = lp.future_token(f).and_then(|t| t.downcast::<HandleRef>().ok()) {
        return Value::Handle(kind, token);
    }
    let home = lp.token_home().and_then(|h| h.downcast::<Finalizers>().ok());
    let token = Rc::new(HandleRef::new(kind, f.0, home));
    lp.set_future_token(f, &(token.clone() as Rc<dyn std::any::Any>));
    Value::Handle(kind, token)
}

/// The engine future a value stands for, if it is a task or a future.
pub fn as_future(v: &Value) -> Option<FutureId> {
    match v {
        Value::Handle(k, r) if k.is(&FUTURE) || k.is(&TASK) || k.is(&GATHERING) => Some(FutureId(r.id)),
        _ => None,
    }
}

/// The engine awaitable a value holds, if it is one.
fn as_engine_awaitable(v: &Value) -> Option<Rc<dyn NativeObject>> {
    match v {
        Value::Native(n) if n.as_any().is::<EngineAwaitable>() => Some(n.clone()),
        _ => None,
    }
}

/// An engine coroutine (`asyncio.sleep(...)`, awaiting a future) held by a
/// Python value.
pub struct EngineAwaitable(pub RefCell<Box<dyn Coroutine<PyHost>>>);

impl std::fmt::Debug for EngineAwaitable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<engine awaitable>")
    }
}

impl NativeObject for EngineAwaitable {
    fn type_name(&self) -> &'static str {
        "coroutine"
    }
    fn repr(&self) -> String {
        "<coroutine object sleep at 0x7f0000000000>".into()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_awaitable(&self) -> bool {
        true
    }
}

/// A Python coroutine object as a task's coroutine.
pub struct PyCoroutine {
    frames: Rc<RefCell<GenState>>,
}

impl PyCoroutine {
    fn step(&mut self, value: Value, thrown: Option<Rc<ExcObj>>, lp: &mut Loop, st: &mut Interp) -> Step<PyHost> {
        if st.stopped.is_some() {
            return Step::Raise(exc("SystemExit", "stopped by a limit"));
        }
        let now = lp.time();
        let mut vm = Vm::new(st, Some(lp));
        if now > vm.limits.max_time {
            let msg = format!(
                "looplab: stopped at virtual time {} (the --max-time limit of {} s)",
                crate::python::object::float_repr::float_repr(now),
                vm.limits.max_time
            );
            return Step::Raise(vm.stop(msg));
        }
        // An exception a finished future hands on starts from the traceback
        // it had when the future got it.
        let thrown = thrown.map(|e| e.restore_traceback());
        state(&mut vm).stepping.push(self.frames.clone());
        let result = super::debug::in_handle(&mut vm, |vm| vm.resume(&self.frames, value, thrown));
        state(&mut vm).stepping.pop();
        match result {
            FrameResult::Yield(v) => {
                self.shrink_stack();
                match as_future(&v) {
                    Some(f) => Step::Await(f),
                    None => Step::Yield,
                }
            }
            FrameResult::Return(v) => Step::Return(v),
            FrameResult::Raise(e) => {
                e.save_traceback();
                Step::Raise(e)
            }
        }
    }
}

impl PyCoroutine {
    /// A suspended task keeps its frame until it resumes, and a program may
    /// hold a hundred thousand suspended at once: the frame's value stack
    /// keeps room only for what it holds (it grows again as the frame runs).
    fn shrink_stack(&self) {
        if let Ok(mut state) = self.frames.try_borrow_mut()
            && let Some(frame) = state.frame.as_mut()
        {
            let room = frame.stack.len() + 1;
            if frame.stack.capacity() > room {
                frame.stack.shrink_to(room);
            }
        }
    }
}

impl Coroutine<PyHost> for PyCoroutine {
    fn send(&mut self, value: Value, lp: &mut Loop, st: &mut Interp) -> Step<PyHost> {
        self.step(value, None, lp, st)
    }
    fn throw(&mut self, exc: Rc<ExcObj>, lp: &mut Loop, st: &mut Interp) -> Step<PyHost> {
        self.step(Value::None, Some(exc), lp, st)
    }
    fn describe(&self) -> String {
        format!("{}()", self.frames.borrow().qualname())
    }
    fn current_line(&self) -> Option<u32> {
        self.frames.borrow().current_line()
    }
    fn as_any(&self) -> Option<&dyn Any> {
        Some(self)
    }
}

impl PyCoroutine {
    /// The coroutine object the task drives.
    pub fn coroutine(&self) -> &Rc<RefCell<GenState>> {
        &self.frames
    }
}

/// An engine coroutine (`asyncio.sleep(1)`, …) wrapped in a task by
/// `create_task` / `gather`: CPython wraps those coroutine objects the same way.
pub(super) struct SharedAwaitable(pub(super) Rc<dyn NativeObject>);

impl SharedAwaitable {
    /// The engine coroutine it shares, if it is one.
    pub(super) fn engine(&self) -> Option<&EngineAwaitable> {
        native::downcast::<EngineAwaitable>(&self.0)
    }
}

impl Coroutine<PyHost> for SharedAwaitable {
    fn send(&mut self, value: Value, lp: &mut Loop, st: &mut Interp) -> Step<PyHost> {
        match self.engine() {
            Some(aw) => aw.0.borrow_mut().send(value, lp, st),
            None => Step::Raise(exc("TypeError", "not an engine awaitable")),
        }
    }
    fn throw(&mut self, e: Rc<ExcObj>, lp: &mut Loop, st: &mut Interp) -> Step<PyHost> {
        match self.engine() {
            Some(aw) => aw.0.borrow_mut().throw(e, lp, st),
            None => Step::Raise(e),
        }
    }
    fn describe(&self) -> String {
        self.engine().map_or_else(String::new, |aw| aw.0.borrow().describe())
    }
    fn as_any(&self) -> Option<&dyn Any> {
        Some(self)
    }
}


/// What `asyncio.run(v)` / `Runner.run(v)` runs as the main task: a
/// coroutine (ValueError otherwise, as CPython's `Runner.run` says).
pub fn main_coroutine(v: &Value) -> Res<Box<dyn Coroutine<PyHost>>> {
    Ok(match v {
        Value::Gen(g) if g.borrow().is_coroutine() => Box::new(PyCoroutine { frames: g.clone() }),
        v if as_engine_awaitable(v).is_some() => match as_engine_awaitable(v) {
            Some(aw) => Box::new(SharedAwaitable(aw)),
            None => return Err(exc("ValueError", "a coroutine was expected")),
        },
        other => return Err(exc("ValueError", format!("a coroutine was expected, got {}", other.repr()))),
    })
}

/// Whether `aw` is one of the engine's awaitables, which [`drive`] runs.
pub fn is_engine_awaitable(aw: &Rc<dyn NativeObject>) -> bool {
    native::downcast::<EngineAwaitable>(aw).is_some()
}

/// Sends into (or throws into) an engine awaitable with the running loop.
pub fn drive(vm: &mut Vm, aw: &Rc<dyn NativeObject>, sent: Value, thrown: Option<Rc<ExcObj>>) -> Res<AwaitOutcome> {
    let Some(aw) = native::downcast::<EngineAwaitable>(aw) else {
        return type_error(format!("object {} can't be used in 'await' expression", aw.type_name()));
    };
    let (st, running) = vm.parts();
    let lp = running.and_then(|l| l.downcast_mut::<Loop>()).ok_or_else(|| exc("RuntimeError", "no running event loop"))?;
    let was_thrown = thrown.is_some();
    let step = match thrown {
        Some(e) => aw.0.borrow_mut().throw(e, lp, st),
        None => aw.0.borrow_mut().send(sent, lp, st),
    };
    match step {
        Step::Await(f) => Ok(AwaitOutcome::Suspend(future_value(lp, f))),
        Step::Yield => Ok(AwaitOutcome::Suspend(Value::None)),
        Step::Return(v) => Ok(AwaitOutcome::Done(v)),
        Step::Raise(e) => {
            if was_thrown && aw.0.borrow().describe() == "sleep()" {
                super::library_frames::add_sleep_frame(&e);
            }
            Err(if was_thrown { e } else { e.restore_traceback() })
        }
    }
}

/// A worker settled a `run_in_executor` job: its asyncio future gets the
/// outcome through `call_soon_threadsafe`, as `wrap_future` does.
pub fn settle_threadsafe(vm: &mut Vm, target: FutureId, outcome: Res<Value>) {
    let Ok(lp) = loop_of(vm) else { return };
    lp.call_soon_threadsafe(crate::engine::Label::Static("_chain_future._set_state"), move |lp, _| {
        if lp.future_done(target)? {
            return Ok(());
        }
        match outcome {
            Ok(v) => lp.set_result(target, v),
            Err(e) => lp.set_exception(target, e),
        }
    });
}

/// A Python value holding an engine coroutine, for `await`.
pub fn awaitable(coro: Box<dyn Coroutine<PyHost>>) -> Value {
    Value::Native(Rc::new(EngineAwaitable(RefCell::new(coro))))
}

/// `task.result()`, `task.done()`, … on a future or task.
pub fn future_method(vm: &mut Vm, f: FutureId, name: &str, args: Vec<Value>) -> Res<Value> {
    let lp = loop_of(vm)?;
    Ok(match name {
        "result" => lp.future_result(f).map_err(|e| e.restore_traceback())?,
        "done" => Value::Bool(lp.future_done(f)?),
        "cancelled" => Value::Bool(lp.future_cancelled(f)?),
        "cancel" => {
            let msg = match args.first() {
                Some(Value::Str(s)) => Some(s.to_string()),
                _ => None,
            };
            Value::Bool(lp.cancel(f, msg)?)
        }
        "exception" => match lp.future_exception(f)? {
            Some(e) => Value::Exc(e),
            None => Value::None,
        },
        "get_name" => Value::str(&lp.task_name(f)?),
        "set_name" => {
            arg_count("set_name", &args, 1, 1)?;
            lp.set_task_name(f, args[0].to_str())?;
            Value::None
        }
        "set_result" | "set_exception" if lp.is_task(f) => {
            return Err(exc("RuntimeError", format!("Task does not support {name} operation")));
        }
        "set_result" => {
            arg_count("set_result", &args, 1, 1)?;
            lp.set_result(f, args[0].clone())?;
            Value::None
        }
        "set_exception" => {
            arg_count("set_exception", &args, 1, 1)?;
            let e = match &args[0] {
                Value::Exc(e) => e.clone(),
                Value::Type(name) => ExcObj::new(name, Vec::new()),
                other => return type_error(format!("exceptions must derive from BaseException, not {}", other.type_name())),
            };
            lp.set_exception(f, e)?;
            Value::None
        }
        "add_done_callback" => {
            arg_count("add_done_callback", &args, 1, 1)?;
            let label = crate::engine::Label::Text(super::reprs::callback_source(vm, &args[0], &[])?.into());
            let id = add_done_callback(loop_of(vm)?, f, args[0].clone(), label)?;
            state(vm).done_callbacks.push((f, args[0].clone(), id));
            Value::None
        }
        "remove_done_callback" => {
            arg_count("remove_done_callback", &args, 1, 1)?;
            let callback = args[0].clone();
            let mut removed = 0;
            let registered = std::mem::take(&mut state(vm).done_callbacks);
            let mut kept = Vec::new();
            for (fut, cb, id) in registered {
                if fut == f && crate::python::object::value::values_equal(&cb, &callback) {
                    removed += loop_of(vm)?.remove_done_callback(f, id)?;
                } else {
                    kept.push((fut, cb, id));
                }
            }
            state(vm).done_callbacks = kept;
            Value::Int(removed as i64)
        }
        "get_loop" => return super::event_loop::running_loop_value(vm),
        "cancelling" => Value::Int(lp.task_cancelling(f)? as i64),
        "uncancel" => Value::Int(lp.task_uncancel(f)? as i64),
        other => return Err(exc("AttributeError", format!("'Task' object has no attribute '{other}'"))),
    })
}

/// `fut.add_done_callback(fn)`: `fn(fut)` runs through `call_soon` once the
/// future is done (at once if it is), as CPython schedules it.
fn add_done_callback(lp: &mut Loop, f: FutureId, callback: Value, label: crate::engine::Label) -> Res<crate::engine::CallbackId> {
    let cb = callback.clone();
    lp.add_done_callback(f, label, move |lp, st, fut| {
        let arg = future_value(lp, fut);
        Vm::new(st, Some(lp)).call(&cb, vec![arg], Vec::new()).map(|_| ())
    })
}

/// Turns `await x`'s operand into something the `Await` op can drive.
pub fn to_awaitable(v: Value) -> Res<Value> {
    if let Some(f) = as_future(&v) {
        return Ok(awaitable(Box::new(AwaitFuture::new(f))));
    }
    match v {
        Value::Gen(ref g) if g.borrow().is_coroutine() => Ok(v),
        Value::Native(ref n) if n.is_awaitable() => Ok(v),
        other => type_error(format!("object {} can't be used in 'await' expression", other.type_name())),
    }
}

/// The task standing for `v` on the loop running this code (or the current
/// one): a future as it is, a coroutine wrapped in a new task.
pub fn as_task(vm: &mut Vm, v: &Value) -> Res<FutureId> {
    if let Some(f) = as_future(v) {
        return Ok(f);
    }
    as_task_in(loop_of(vm)?, v)
}

/// The task standing for `v` on loop `lp` (see [`as_task`]).
pub fn as_task_in(lp: &mut Loop, v: &Value) -> Res<FutureId> {
    if let Some(f) = as_future(v) {
        return Ok(f);
    }
    if let Some(aw) = as_engine_awaitable(v) {
        return Ok(lp.create_task(Box::new(SharedAwaitable(aw)), None));
    }
    if let Value::Native(aw) = v
        && crate::python::vm::asyncgen::is_agen_awaitable(v)
    {
        return Ok(lp.create_task(Box::new(super::asyncgens::AwaitableTask(aw.clone())), None));
    }
    match v {
        Value::Gen(g) if g.borrow().is_coroutine() => {
            let task = lp.create_task(Box::new(PyCoroutine { frames: g.clone() }), None);
            super::debug::set_origin(lp, task, || super::debug::in_asyncio(super::debug::ENSURE_FUTURE));
            Ok(task)
        }
        other => type_error(format!(
            "An asyncio.Future, a coroutine or an awaitable is required, not {}",
            other.type_name()
        )),
    }
}

/// An asyncio synchronisation object, shared by every Python reference to it.
pub enum SyncObj {
    /// `asyncio.Lock()`.
    Lock(crate::engine::Lock),
    /// `asyncio.Event()`.
    Event(crate::engine::Event),
    /// `asyncio.Queue(maxsize)`, `LifoQueue` or `PriorityQueue`, by class name.
    Queue(crate::engine::Queue<PyHost>, &'static str),
    /// `asyncio.Semaphore(value)` / `asyncio.BoundedSemaphore(value)`.
    Semaphore(crate::engine::Semaphore, &'static str),
    /// `asyncio.Condition(lock=None)`.
    Condition(crate::engine::Condition),
}

impl std::fmt::Debug for SyncObj {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.type_name())
    }
}

impl NativeObject for SyncObj {
    fn type_name(&self) -> &'static str {
        SyncObj::type_name(self)
    }
    fn methods(&self) -> &'static [&'static str] {
        SyncObj::methods(self)
    }
    fn repr(&self) -> String {
        format!("<asyncio.locks.{} object at 0x7f0000000000>", SyncObj::type_name(self))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl SyncObj {
    /// The Python class name.
    pub fn type_name(&self) -> &'static str {
        match self {
            SyncObj::Lock(_) => "Lock",
            SyncObj::Event(_) => "Event",
            SyncObj::Queue(_, name) => name,
            SyncObj::Semaphore(_, name) => name,
            SyncObj::Condition(_) => "Condition",
        }
    }
    /// The methods Python code may call on it.
    pub fn methods(&self) -> &'static [&'static str] {
        match self {
            SyncObj::Lock(_) | SyncObj::Semaphore(..) => &["acquire", "release", "locked"],
            SyncObj::Event(_) => &["set", "clear", "is_set", "wait"],
            SyncObj::Condition(_) => &["acquire", "release", "locked", "wait", "wait_for", "notify", "notify_all"],
            SyncObj::Queue(..) => &[
                "put", "get", "put_nowait", "get_nowait", "qsize", "empty", "full", "task_done", "join",
            ],
        }
    }
}

/// Calls `obj.name(*args)` on a Lock, Event or Queue.
pub fn sync_method(vm: &mut Vm, obj: &SyncObj, name: &str, args: Vec<Value>) -> Res<Value> {
    Ok(match (obj, name) {
        (SyncObj::Lock(l), "acquire") => awaitable(Box::new(l.acquire())),
        (SyncObj::Lock(l), "release") => {
            l.release(loop_of(vm)?)?;
            Value::None
        }
        (SyncObj::Lock(l), "locked") => Value::Bool(l.locked()),
        (SyncObj::Semaphore(s, _), "acquire") => awaitable(Box::new(s.acquire())),
        (SyncObj::Semaphore(s, _), "release") => {
            s.release(loop_of(vm)?)?;
            Value::None
        }
        (SyncObj::Semaphore(s, _), "locked") => Value::Bool(s.locked(loop_of(vm)?)),
        (SyncObj::Condition(c), "acquire") => awaitable(Box::new(c.lock().acquire())),
        (SyncObj::Condition(c), "release") => {
            c.lock().release(loop_of(vm)?)?;
            Value::None
        }
        (SyncObj::Condition(c), "locked") => Value::Bool(c.lock().locked()),
        (SyncObj::Condition(c), "wait") => awaitable(Box::new(c.wait::<PyHost>())),
        (SyncObj::Condition(c), "wait_for") => {
            arg_count("wait_for", &args, 1, 1)?;
            awaitable(Box::new(super::wait_for_predicate::WaitForPredicate::new(c.clone(), args[0].clone())))
        }
        (SyncObj::Condition(c), "notify") => {
            let n = match args.first() {
                Some(Value::Int(n)) if *n >= 0 => *n as usize,
                _ => 1,
            };
            c.notify(n, loop_of(vm)?)?;
            Value::None
        }
        (SyncObj::Condition(c), "notify_all") => {
            c.notify_all(loop_of(vm)?)?;
            Value::None
        }
        (SyncObj::Event(e), "set") => {
            e.set(loop_of(vm)?)?;
            Value::None
        }
        (SyncObj::Event(e), "clear") => {
            e.clear();
            Value::None
        }
        (SyncObj::Event(e), "is_set") => Value::Bool(e.is_set()),
        (SyncObj::Event(e), "wait") => awaitable(Box::new(e.wait())),
        (SyncObj::Queue(q, _), "put") => {
            arg_count("put", &args, 1, 1)?;
            awaitable(Box::new(q.put(args[0].clone())))
        }
        (SyncObj::Queue(q, _), "get") => awaitable(Box::new(q.get())),
        (SyncObj::Queue(q, _), "join") => awaitable(Box::new(q.join())),
        (SyncObj::Queue(q, _), "put_nowait") => {
            arg_count("put_nowait", &args, 1, 1)?;
            let item = args[0].clone();
            with_running_loop(vm, |lp, st| q.put_nowait(item, lp, st))?;
            Value::None
        }
        (SyncObj::Queue(q, _), "get_nowait") => with_running_loop(vm, |lp, st| q.get_nowait(lp, st))?,
        (SyncObj::Queue(q, _), "task_done") => {
            q.task_done(loop_of(vm)?)?;
            Value::None
        }
        (SyncObj::Queue(q, _), "qsize") => Value::Int(q.qsize() as i64),
        (SyncObj::Queue(q, _), "empty") => Value::Bool(q.empty()),
        (SyncObj::Queue(q, _), "full") => Value::Bool(q.full()),
        (o, other) => {
            return Err(exc("AttributeError", format!("'{}' object has no attribute '{other}'", o.type_name())));
        }
    })
}

/// `asyncio.to_thread(func, *args)`: a coroutine that runs `func` on the
/// default executor and awaits its future, as CPython's
/// `await loop.run_in_executor(None, func_call)` does (so `gather` and
/// `create_task` wrap it in a task, as they wrap CPython's coroutine).
struct ToThread {
    call: Option<(Value, Vec<Value>)>,
    wait: Option<AwaitFuture>,
}

impl Coroutine<PyHost> for ToThread {
    fn send(&mut self, value: Value, lp: &mut Loop, st: &mut Interp) -> Step<PyHost> {
        if let Some((func, args)) = self.call.take() {
            let target = lp.create_future();
            super::threads::name_executor_future(lp, target, &func);
            let mut vm = Vm::new(st, Some(lp));
            match super::threads::run_in_executor(&mut vm, &Value::None, func, args) {
                Ok(job) => super::threads::link_asyncio(&mut vm, job, target),
                Err(e) => return Step::Raise(e),
            }
            self.wait = Some(AwaitFuture::new(target));
        }
        match self.wait.as_mut() {
            Some(w) => w.send(value, lp, st),
            None => Step::Raise(exc("RuntimeError", "cannot reuse already awaited coroutine")),
        }
    }
    fn throw(&mut self, e: Rc<ExcObj>, lp: &mut Loop, st: &mut Interp) -> Step<PyHost> {
        self.call = None;
        match self.wait.as_mut() {
            Some(w) => w.throw(e, lp, st),
            None => Step::Raise(e),
        }
    }
    fn describe(&self) -> String {
        "to_thread()".into()
    }
}

/// An awaitable that returns `v` at once (a coroutine with no await).
pub fn future_value_ready(v: Value) -> Value {
    awaitable(Box::new(Ready(Some(v))))
}

/// An awaitable that raises `e` at once (a coroutine that raises).
pub fn raising(e: Rc<ExcObj>) -> Value {
    awaitable(Box::new(Raising(Some(e))))
}

/// `asyncio.wait_for(aw, timeout)`: a coroutine, so `aw` becomes a task
/// only when it first runs (`asyncio.run(asyncio.wait_for(main(), 5))`).
struct LazyWaitFor {
    arg: Option<Value>,
    timeout: Option<f64>,
    inner: Option<crate::engine::WaitFor<PyHost>>,
}

impl Coroutine<PyHost> for LazyWaitFor {
    fn send(&mut self, value: Value, lp: &mut Loop, st: &mut Interp) -> Step<PyHost> {
        if let Some(arg) = self.arg.take() {
            match as_task_in(lp, &arg) {
                Ok(f) => self.inner = Some(crate::engine::WaitFor::new(f, self.timeout)),
                Err(e) => return Step::Raise(e),
            }
        }
        match self.inner.as_mut() {
            Some(w) => w.send(value, lp, st),
            None => Step::Raise(exc("RuntimeError", "cannot reuse already awaited coroutine")),
        }
    }
    fn throw(&mut self, e: Rc<ExcObj>, lp: &mut Loop, st: &mut Interp) -> Step<PyHost> {
        match self.inner.as_mut() {
            Some(w) => w.throw(e, lp, st),
            None => Step::Raise(e),
        }
    }
    fn describe(&self) -> String {
        "wait_for()".into()
    }
}

/// An engine coroutine that raises at once.
struct Raising(Option<Rc<ExcObj>>);

impl Coroutine<PyHost> for Raising {
    fn send(&mut self, _value: Value, _lp: &mut Loop, _st: &mut Interp) -> Step<PyHost> {
        match self.0.take() {
            Some(e) => Step::Raise(e),
            None => Step::Raise(exc("RuntimeError", "cannot reuse already awaited coroutine")),
        }
    }
    fn throw(&mut self, e: Rc<ExcObj>, _lp: &mut Loop, _st: &mut Interp) -> Step<PyHost> {
        Step::Raise(e)
    }
    fn describe(&self) -> String {
        "__aexit__()".into()
    }
}

/// An engine coroutine that returns at once (a coroutine with no await).
struct Ready(Option<Value>);

impl Coroutine<PyHost> for Ready {
    fn send(&mut self, _value: Value, _lp: &mut Loop, _st: &mut Interp) -> Step<PyHost> {
        Step::Return(self.0.take().unwrap_or(Value::None))
    }
    fn throw(&mut self, e: Rc<ExcObj>, _lp: &mut Loop, _st: &mut Interp) -> Step<PyHost> {
        Step::Raise(e)
    }
    fn describe(&self) -> String {
        "__aexit__()".into()
    }
}

/// `manager.__aenter__()` (enter) or `manager.__aexit__(...)` as an awaitable.
pub fn async_with(vm: &mut Vm, manager: &Value, enter: bool, exc_value: Option<&Value>) -> Res<Value> {
    if let Some(r) = super::timeouts::async_with(vm, manager, enter, exc_value) {
        return r;
    }
    match manager {
        Value::Instance(_) => {
            let name = if enter { "__aenter__" } else { "__aexit__" };
            let args = if enter { Vec::new() } else { vec![Value::None, Value::None, Value::None] };
            match crate::python::object::classes::get_attr(manager, name) {
                Some(Ok(method)) => vm.call(&method, args, Vec::new()),
                _ => type_error(format!(
                    "'{}' object does not support the asynchronous context manager protocol",
                    manager.type_name()
                )),
            }
        }
        Value::Native(n) if native::downcast::<super::barrier::Barrier>(n).is_some() => match native::downcast::<super::barrier::Barrier>(n) {
            Some(b) if enter => Ok(awaitable(b.wait())),
            _ => Ok(awaitable(Box::new(Ready(None)))),
        },
        Value::Native(n) if native::downcast::<super::taskgroups::TaskGroup>(n).is_some() => match native::downcast::<super::taskgroups::TaskGroup>(n) {
            Some(tg) => super::taskgroups::async_with(vm, manager, tg, enter, exc_value),
            None => type_error("not a TaskGroup"),
        },
        Value::Native(n) => match native::downcast::<SyncObj>(n) {
            Some(sync) => sync_async_with(vm, sync, manager, enter),
            None => type_error(format!(
                "'{}' object does not support the asynchronous context manager protocol",
                manager.type_name()
            )),
        },
        other => type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol",
            other.type_name()
        )),
    }
}

/// `async with lock:` (or a Condition, a Semaphore) entering (`enter`) or
/// leaving; `manager` is the value of `sync`.
pub fn sync_async_with(vm: &mut Vm, sync: &SyncObj, manager: &Value, enter: bool) -> Res<Value> {
    match sync {
        SyncObj::Lock(l) if enter => Ok(awaitable(Box::new(l.acquire()))),
        SyncObj::Lock(l) => {
            l.release(loop_of(vm)?)?;
            Ok(awaitable(Box::new(Ready(None))))
        }
        SyncObj::Condition(c) if enter => Ok(awaitable(Box::new(c.lock().acquire()))),
        SyncObj::Condition(c) => {
            c.lock().release(loop_of(vm)?)?;
            Ok(awaitable(Box::new(Ready(None))))
        }
        SyncObj::Semaphore(s, _) if enter => Ok(awaitable(Box::new(s.acquire()))),
        SyncObj::Semaphore(s, _) => {
            s.release(loop_of(vm)?)?;
            Ok(awaitable(Box::new(Ready(None))))
        }
        _ => type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol",
            manager.type_name()
        )),
    }
}

/// The names `asyncio` provides.
pub const FUNCTIONS: &[&str] = &[
    "asyncio.run",
    "asyncio.sleep",
    "asyncio.create_task",
    "asyncio.ensure_future",
    "asyncio.gather",
    "asyncio.wait",
    "asyncio.get_running_loop",
    "asyncio.get_event_loop",
    "asyncio.new_event_loop",
    "asyncio.set_event_loop",
    "asyncio.Lock",
    "asyncio.Event",
    "asyncio.Queue",
    "asyncio.Semaphore",
    "asyncio.BoundedSemaphore",
    "asyncio.wait_for",
    "asyncio.Condition",
    "asyncio.as_completed",
    "asyncio.current_task",
    "asyncio.all_tasks",
    "asyncio.shield",
    "asyncio.to_thread",
    "asyncio.iscoroutine",
    "asyncio.iscoroutinefunction",
    "asyncio.isfuture",
    "asyncio.timeout",
    "asyncio.timeout_at",
    "asyncio.TaskGroup",
    "asyncio.LifoQueue",
    "asyncio.Barrier",
    "asyncio.Runner",
    "asyncio.PriorityQueue",
];

/// `a < b` between a priority queue's items, with user `__lt__` honoured.
pub(super) fn item_less_than(st: &mut Interp, a: &Value, b: &Value) -> Res<bool> {
    crate::python::vm::ops::compare(&mut Vm::new(st, None), crate::python::object::code::CmpOp::Lt, a, b)
}

/// Runs `f` with the running loop and the interpreter state apart.
fn with_running_loop<R>(vm: &mut Vm, f: impl FnOnce(&mut Loop, &mut Interp) -> Res<R>) -> Res<R> {
    let (st, running) = vm.parts();
    match running.and_then(|l| l.downcast_mut::<Loop>()) {
        Some(lp) => f(lp, st),
        None => Err(exc("RuntimeError", "no running event loop")),
    }
}

/// `asyncio.iscoroutine(v)` in 3.11: coroutines, generators, and whatever
/// has send / throw / close / `__await__` (the async generator awaitables,
/// `asyncio.sleep()`'s coroutine).
fn is_coroutine(v: &Value) -> bool {
    match v {
        Value::Gen(g) => !g.borrow().is_async_generator(),
        _ => as_engine_awaitable(v).is_some() || crate::python::vm::asyncgen::is_agen_awaitable(v),
    }
}

/// What `create_task` can wrap: a coroutine object, or a coroutine-like
/// awaitable of ours.
pub(super) fn task_takes(v: &Value) -> bool {
    match v {
        Value::Gen(g) => g.borrow().is_coroutine(),
        _ => as_engine_awaitable(v).is_some() || crate::python::vm::asyncgen::is_agen_awaitable(v),
    }
}

/// `asyncio.run(main, *, debug=None)`'s keyword: whether the loop runs in debug mode.
fn run_debug(kwargs: &[(Rc<str>, Value)]) -> Res<bool> {
    let mut debug = false;
    for (k, v) in kwargs {
        match &**k {
            "debug" => debug = v.truthy(),
            other => return type_error(format!("run() got an unexpected keyword argument '{other}'")),
        }
    }
    Ok(debug)
}

/// Calls `asyncio.func(*args, **kwargs)`.
pub fn call(vm: &mut Vm, func: &str, args: Vec<Value>, kwargs: Vec<(Rc<str>, Value)>) -> Res<Value> {
    if let Some(made) = super::primitives::make(func, &args, &kwargs) {
        return made;
    }
    match func {
        "run" => {
            arg_count("run", &args, 1, 1)?;
            let debug = run_debug(&kwargs)?;
            let main = main_coroutine(&args[0])?;
            if has_running_loop(vm) {
                return Err(exc("RuntimeError", "asyncio.run() cannot be called from a running event loop"));
            }
            let result = super::debug::inside(vm, &super::debug::ASYNCIO_RUN_FRAMES, |vm| run_in_new_loop(vm, debug, |lp, st| {
                if lp.get_debug() {
                    lp.set_next_task_origin(super::debug::in_asyncio(super::debug::RUNNER));
                }
                let shutdown = Box::new(super::asyncgens::ShutdownAsyncgens::default());
                let result = crate::engine::run::run_with(lp, main, shutdown, st);
                match super::threads::shutdown_default_executor(&mut Vm::new(st, Some(lp))) {
                    Ok(()) => result,
                    Err(e) => Err(e),
                }
            }));
            if let Err(e) = &result
                && vm.stopped.is_none()
            {
                e.restore_traceback();
                super::library_frames::add_run_frames(e);
            }
            vm.unless_halted(result)
        }
        "Runner" => super::runner::make(&kwargs),
        "sleep" => {
            arg_count("sleep", &args, 1, 2)?;
            let delay = number_arg(&args[0], "sleep")?;
            let result = args.get(1).or_else(|| kwargs.iter().find(|(k, _)| &**k == "result").map(|(_, v)| v));
            Ok(awaitable(Box::new(Sleep::new(delay, result.cloned().unwrap_or(Value::None)))))
        }
        "create_task" | "ensure_future" => {
            arg_count(func, &args, 1, 1)?;
            if func == "create_task" && !task_takes(&args[0]) {
                // Task() takes only coroutines (ensure_future also takes futures).
                return type_error(format!("a coroutine was expected, got {}", args[0].repr()));
            }
            let made = as_future(&args[0]).is_none();
            let t = as_task(vm, &args[0])?;
            if made {
                let tail: &'static [_] =
                    if func == "create_task" { &super::debug::CREATE_TASK_FRAMES } else { &super::debug::ENSURE_FUTURE_FRAMES };
                super::debug::record(vm, t, tail)?;
            }
            if let Some((_, Value::Str(name))) = kwargs.iter().find(|(k, _)| &**k == "name") {
                loop_of(vm)?.set_task_name(t, name.to_string())?;
            }
            Ok(future_value(loop_of(vm)?, t))
        }
        "get_running_loop" => running_loop_value(vm),
        "get_event_loop" => match running_loop_value(vm) {
            Ok(v) => Ok(v),
            Err(_) => current_loop_value(vm),
        },
        "new_event_loop" => {
            let id = new_loop(vm);
            Ok(loop_value(vm, id))
        }
        "set_event_loop" => {
            arg_count("set_event_loop", &args, 1, 1)?;
            set_event_loop(vm, &args[0])?;
            Ok(Value::None)
        }
        "as_completed" => {
            arg_count("as_completed", &args, 1, 1)?;
            let timeout = match kwargs.iter().find(|(k, _)| &**k == "timeout").map(|(_, v)| v) {
                None | Some(Value::None) => None,
                Some(v) => Some(number_arg(v, "as_completed")?),
            };
            let mut fs = Vec::new();
            for item in vm.collect(&args[0])? {
                let t = as_task(vm, &item)?;
                if !fs.contains(&t) {
                    fs.push(t);
                }
            }
            let ac = loop_of(vm)?.as_completed(fs, timeout)?;
            let items: Vec<Value> = (0..ac.count()).map(|_| awaitable(Box::new(ac.next_one()))).collect();
            Ok(Value::Iter(Rc::new(RefCell::new(crate::python::object::value::IterState::Seq(Rc::new(items), 0)))))
        }
        "current_task" => {
            let lp = loop_of(vm)?;
            Ok(match lp.current_task() {
                Some(t) => future_value(lp, t),
                None => Value::None,
            })
        }
        "all_tasks" => {
            let lp = loop_of(vm)?;
            let set: indexmap::IndexSet<crate::python::object::value::Key> =
                lp.all_tasks().into_iter().map(|t| crate::python::object::value::Key(future_value(lp, t))).collect();
            Ok(Value::Set(Rc::new(RefCell::new(set))))
        }
        "wait_for" => {
            arg_count("wait_for", &args, 1, 2)?;
            let timeout_value = args.get(1).or_else(|| kwargs.iter().find(|(k, _)| &**k == "timeout").map(|(_, v)| v));
            let timeout = match timeout_value {
                None | Some(Value::None) => None,
                Some(v) => Some(number_arg(v, "wait_for")?),
            };
            Ok(awaitable(Box::new(LazyWaitFor { arg: Some(args[0].clone()), timeout, inner: None })))
        }
        "iscoroutine" => {
            arg_count("iscoroutine", &args, 1, 1)?;
            Ok(Value::Bool(is_coroutine(&args[0])))
        }
        "iscoroutinefunction" => {
            arg_count("iscoroutinefunction", &args, 1, 1)?;
            let code = match &args[0] {
                Value::Function(f) => Some(f.code.clone()),
                Value::Bound(b) => match &b.1 {
                    Value::Function(f) => Some(f.code.clone()),
                    _ => None,
                },
                _ => None,
            };
            Ok(Value::Bool(code.is_some_and(|c| c.is_coroutine)))
        }
        "isfuture" => {
            arg_count("isfuture", &args, 1, 1)?;
            Ok(Value::Bool(as_future(&args[0]).is_some()))
        }
        "timeout" => super::timeouts::make(vm, &args, false),
        "timeout_at" => super::timeouts::make(vm, &args, true),
        "to_thread" => {
            let Some((func, rest)) = args.split_first() else {
                return type_error("to_thread() missing 1 required positional argument: 'func'");
            };
            Ok(awaitable(Box::new(ToThread { call: Some((func.clone(), rest.to_vec())), wait: None })))
        }
        "shield" => {
            arg_count("shield", &args, 1, 1)?;
            let inner = as_task(vm, &args[0])?;
            let lp = loop_of(vm)?;
            let outer = lp.shield(inner)?;
            Ok(future_value(lp, outer))
        }
        "wait" => {
            arg_count("wait", &args, 1, 1)?;
            let mut fs = Vec::new();
            for item in vm.collect(&args[0])? {
                fs.push(as_task(vm, &item)?);
            }
            let mut timeout = None;
            let mut return_when = "ALL_COMPLETED".to_string();
            for (k, v) in &kwargs {
                match (&**k, v) {
                    ("timeout", Value::None) => {}
                    ("timeout", v) => timeout = Some(number_arg(v, "wait")?),
                    ("return_when", Value::Str(s)) => return_when = s.to_string(),
                    _ => return type_error(format!("wait() got an unexpected keyword argument '{k}'")),
                }
            }
            let Some(return_when) = crate::engine::ReturnWhen::from_name(&return_when) else {
                return Err(exc("ValueError", format!("Invalid return_when value: {return_when}")));
            };
            Ok(awaitable(Box::new(crate::engine::Wait::new(fs, timeout, return_when))))
        }
        "gather" => {
            let return_exceptions = kwargs.iter().any(|(k, v)| &**k == "return_exceptions" && v.truthy());
            let mut children = Vec::with_capacity(args.len());
            for a in &args {
                children.push(as_task(vm, a)?);
            }
            let lp = loop_of(vm)?;
            let outer = lp.gather(children, return_exceptions)?;
            super::debug::record(vm, outer, &super::debug::GATHER_FRAMES)?;
            Ok(future_value(loop_of(vm)?, outer))
        }
        other => Err(exc(
            "NotImplementedError",
            format!("asyncio.{other}: looplab's asyncio does not provide it yet"),
        )),
    }
}

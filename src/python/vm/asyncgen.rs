//! Asynchronous generators, state for state as CPython's
//! Objects/genobject.c runs them: the awaitables `__anext__()` / `asend()`
//! (`async_generator_asend`) and `athrow()` / `aclose()`
//! (`async_generator_athrow`) return, `anext(it, default)`'s awaitable, and
//! the closing of generators dropped while suspended.
//!
//! An async generator's frame suspends for two reasons: an `await` inside
//! it (the marker goes up to the task) and a `yield` (the value goes to
//! whoever awaits `__anext__()`). `yield` wraps its value ([`wrap`]) so the
//! awaitable can tell them apart, as CPython's `ASYNC_GEN_WRAP` does.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::library::AwaitOutcome;
use super::machine::{FrameResult, Vm};
use crate::python::object::errors::{ExcObj, Res, exc, is_subclass};
use crate::python::object::frame::GenState;
use crate::python::object::native::{self, NativeObject};
use crate::python::object::value::Value;

/// A value an async generator yielded (CPython's `_PyAsyncGenWrappedValue`).
struct Wrapped(Value);

impl NativeObject for Wrapped {
    fn type_name(&self) -> &'static str {
        "async_generator_wrapped_value"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `yield v` inside an async generator: the value, wrapped.
pub fn wrap(v: Value) -> Value {
    Value::Native(Rc::new(Wrapped(v)))
}

/// The yielded value, if `v` is one (rather than an `await`'s marker).
fn unwrapped(v: &Value) -> Option<Value> {
    match v {
        Value::Native(n) => native::downcast::<Wrapped>(n).map(|w| w.0.clone()),
        _ => None,
    }
}

/// An asend / athrow awaitable's state (CPython's `AwaitableState`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Init,
    Iter,
    Closed,
}

/// What an [`AgenAwaitable`] does to its generator.
enum Mode {
    /// `__anext__()` (sends None) or `asend(value)`.
    Send(Value),
    /// `athrow(exc)`; `None` is `aclose()`.
    Throw(Option<Value>),
}

/// `agen.__anext__()`, `agen.asend(v)`, `agen.athrow(e)` or `agen.aclose()`.
pub struct AgenAwaitable {
    agen: Rc<RefCell<GenState>>,
    mode: Mode,
    state: Cell<State>,
}

impl NativeObject for AgenAwaitable {
    fn type_name(&self) -> &'static str {
        match self.mode {
            Mode::Send(_) => "async_generator_asend",
            Mode::Throw(_) => "async_generator_athrow",
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        &["send", "throw", "close"]
    }
    fn is_awaitable(&self) -> bool {
        true
    }
}

/// `anext(it, default)`: awaits `it.__anext__()`, and gives `default`
/// where that raises StopAsyncIteration.
pub struct AnextAwaitable {
    inner: Value,
    default: Value,
}

impl NativeObject for AnextAwaitable {
    fn type_name(&self) -> &'static str {
        "anext_awaitable"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        &["send", "throw", "close"]
    }
    fn is_awaitable(&self) -> bool {
        true
    }
}

/// Runs the loop's first-iteration hook on `agen` once (`async_gen_init_hooks`).
pub fn init_hooks(vm: &mut Vm, agen: &Rc<RefCell<GenState>>) -> Res<()> {
    {
        let mut g = agen.borrow_mut();
        if g.agen.hooks_inited {
            return Ok(());
        }
        g.agen.hooks_inited = true;
    }
    let lib = vm.lib;
    lib.asyncgen_first_iter(vm, agen)
}

/// `agen.asend(value)` (`__anext__()` sends None).
pub fn asend(vm: &mut Vm, agen: &Rc<RefCell<GenState>>, value: Value) -> Res<Value> {
    init_hooks(vm, agen)?;
    let aw = AgenAwaitable { agen: agen.clone(), mode: Mode::Send(value), state: Cell::new(State::Init) };
    Ok(Value::Native(Rc::new(aw)))
}

/// `agen.athrow(exc)`, or `agen.aclose()` when `exc` is None.
pub fn athrow(vm: &mut Vm, agen: &Rc<RefCell<GenState>>, exc: Option<Value>) -> Res<Value> {
    init_hooks(vm, agen)?;
    let aw = AgenAwaitable { agen: agen.clone(), mode: Mode::Throw(exc), state: Cell::new(State::Init) };
    Ok(Value::Native(Rc::new(aw)))
}

/// `anext(it, default)`'s awaitable around `it.__anext__()`'s result.
pub fn anext_with_default(inner: Value, default: Value) -> Value {
    Value::Native(Rc::new(AnextAwaitable { inner, default }))
}

fn running_error(what: &str) -> Rc<ExcObj> {
    exc("RuntimeError", format!("{what}: asynchronous generator is already running"))
}

fn matches(e: &ExcObj, kind: &str) -> bool {
    is_subclass(e.kind, kind)
}

/// `async_gen_unwrap_value`: what a step of the generator means to the
/// awaitable driving it.
fn unwrap_value(agen: &Rc<RefCell<GenState>>, result: FrameResult) -> Res<AwaitOutcome> {
    let e = match result {
        FrameResult::Yield(v) => {
            return Ok(match unwrapped(&v) {
                Some(value) => {
                    agen.borrow_mut().agen.running_async = false;
                    AwaitOutcome::Done(value)
                }
                None => AwaitOutcome::Suspend(v),
            });
        }
        FrameResult::Return(_) => ExcObj::new("StopAsyncIteration", Vec::new()),
        FrameResult::Raise(e) => e,
    };
    let mut g = agen.borrow_mut();
    if matches(&e, "StopAsyncIteration") || matches(&e, "GeneratorExit") {
        g.agen.closed = true;
    }
    g.agen.running_async = false;
    Err(e)
}

/// `gen_send` into an async generator.
fn gen_send(vm: &mut Vm, agen: &Rc<RefCell<GenState>>, arg: Value) -> FrameResult {
    if !agen.borrow().is_started() && !matches!(arg, Value::None) {
        return FrameResult::Raise(exc("TypeError", "can't send non-None value to a just-started async generator"));
    }
    vm.resume(agen, arg, None)
}

impl AgenAwaitable {
    fn closed_error(&self) -> Rc<ExcObj> {
        exc(
            "RuntimeError",
            match self.mode {
                Mode::Send(_) => "cannot reuse already awaited __anext__()/asend()",
                Mode::Throw(_) => "cannot reuse already awaited aclose()/athrow()",
            },
        )
    }

    /// `send(arg)`: one step.
    fn send(&self, vm: &mut Vm, arg: Value) -> Res<AwaitOutcome> {
        if self.state.get() == State::Closed {
            return Err(self.closed_error());
        }
        match &self.mode {
            Mode::Send(value) => {
                let mut arg = arg;
                if self.state.get() == State::Init {
                    if self.agen.borrow().agen.running_async {
                        return Err(running_error("anext()"));
                    }
                    if matches!(arg, Value::None) {
                        arg = value.clone();
                    }
                    self.state.set(State::Iter);
                }
                self.agen.borrow_mut().agen.running_async = true;
                let result = gen_send(vm, &self.agen, arg);
                self.close_unless_suspended(unwrap_value(&self.agen, result))
            }
            Mode::Throw(thrown) => self.athrow_send(vm, thrown.as_ref(), arg),
        }
    }

    /// `async_gen_athrow_send`.
    fn athrow_send(&self, vm: &mut Vm, thrown: Option<&Value>, arg: Value) -> Res<AwaitOutcome> {
        if self.agen.borrow().is_finished() {
            self.state.set(State::Closed);
            return Ok(AwaitOutcome::Done(Value::None));
        }
        if self.state.get() == State::Init {
            if self.agen.borrow().agen.running_async {
                self.state.set(State::Closed);
                return Err(running_error(if thrown.is_some() { "athrow()" } else { "aclose()" }));
            }
            if self.agen.borrow().agen.closed {
                self.state.set(State::Closed);
                return Err(ExcObj::new("StopAsyncIteration", Vec::new()));
            }
            if !matches!(arg, Value::None) {
                return Err(exc("RuntimeError", "can't send non-None value to a just-started coroutine"));
            }
            self.state.set(State::Iter);
            self.agen.borrow_mut().agen.running_async = true;
            let Some(thrown) = thrown else {
                self.agen.borrow_mut().agen.closed = true;
                let exit = ExcObj::new("GeneratorExit", Vec::new());
                let result = vm.resume(&self.agen, Value::None, Some(exit));
                return self.aclose_outcome(result);
            };
            let e = make_thrown(vm, thrown)?;
            let result = vm.resume(&self.agen, Value::None, Some(e));
            return match unwrap_value(&self.agen, result) {
                Ok(AwaitOutcome::Suspend(m)) => Ok(AwaitOutcome::Suspend(m)),
                Ok(done) => {
                    self.finish();
                    Ok(done)
                }
                // athrow() (unlike aclose()) lets StopAsyncIteration through.
                Err(e) => {
                    self.finish();
                    Err(e)
                }
            };
        }
        let result = gen_send(vm, &self.agen, arg);
        match thrown {
            Some(_) => unwrap_value(&self.agen, result),
            None => self.aclose_outcome(result),
        }
    }

    /// What a step of the generator means to `aclose()`.
    fn aclose_outcome(&self, result: FrameResult) -> Res<AwaitOutcome> {
        match result {
            FrameResult::Yield(v) if unwrapped(&v).is_some() => {
                self.finish();
                Err(exc("RuntimeError", "async generator ignored GeneratorExit"))
            }
            FrameResult::Yield(v) => Ok(AwaitOutcome::Suspend(v)),
            FrameResult::Return(_) => self.check_error(ExcObj::new("StopAsyncIteration", Vec::new())),
            FrameResult::Raise(e) => self.check_error(e),
        }
    }

    /// An asend awaitable is used up once the generator yields a value,
    /// returns or raises.
    fn close_unless_suspended(&self, outcome: Res<AwaitOutcome>) -> Res<AwaitOutcome> {
        if !matches!(outcome, Ok(AwaitOutcome::Suspend(_))) {
            self.state.set(State::Closed);
        }
        outcome
    }

    fn finish(&self) {
        self.agen.borrow_mut().agen.running_async = false;
        self.state.set(State::Closed);
    }

    /// The generator ended the athrow / aclose: StopAsyncIteration and
    /// GeneratorExit mean the await is done.
    fn check_error(&self, e: Rc<ExcObj>) -> Res<AwaitOutcome> {
        self.finish();
        if matches(&e, "StopAsyncIteration") || matches(&e, "GeneratorExit") {
            return Ok(AwaitOutcome::Done(Value::None));
        }
        Err(e)
    }

    /// `throw(e)`: raises `e` where the generator is suspended.
    fn throw(&self, vm: &mut Vm, e: Rc<ExcObj>) -> Res<AwaitOutcome> {
        if self.state.get() == State::Closed {
            return Err(self.closed_error());
        }
        let result = vm.resume(&self.agen, Value::None, Some(e));
        match &self.mode {
            Mode::Send(_) => self.close_unless_suspended(unwrap_value(&self.agen, result)),
            Mode::Throw(Some(_)) => unwrap_value(&self.agen, result),
            Mode::Throw(None) => match result {
                FrameResult::Yield(v) if unwrapped(&v).is_some() => {
                    self.finish();
                    Err(exc("RuntimeError", "async generator ignored GeneratorExit"))
                }
                FrameResult::Yield(v) => Ok(AwaitOutcome::Suspend(v)),
                FrameResult::Return(_) => Ok(AwaitOutcome::Done(Value::None)),
                FrameResult::Raise(e) if matches(&e, "StopAsyncIteration") || matches(&e, "GeneratorExit") => {
                    Ok(AwaitOutcome::Done(Value::None))
                }
                FrameResult::Raise(e) => Err(e),
            },
        }
    }
}

/// `athrow(typ)`'s exception: an exception object, or a class to instantiate.
fn make_thrown(vm: &mut Vm, thrown: &Value) -> Res<Rc<ExcObj>> {
    vm.make_exception(thrown.clone())
}

impl AnextAwaitable {
    fn step(&self, vm: &mut Vm, sent: Value, thrown: Option<Rc<ExcObj>>) -> Res<AwaitOutcome> {
        match vm.drive_awaitable(&self.inner, sent, thrown) {
            Err(e) if matches(&e, "StopAsyncIteration") => Ok(AwaitOutcome::Done(self.default.clone())),
            other => other,
        }
    }
}

impl Vm<'_> {
    /// One step of a native awaitable: an async generator's, or the library's.
    pub fn drive_native(&mut self, aw: &Rc<dyn NativeObject>, sent: Value, thrown: Option<Rc<ExcObj>>) -> Res<AwaitOutcome> {
        if let Some(a) = native::downcast::<AgenAwaitable>(aw) {
            return match thrown {
                Some(e) => a.throw(self, e),
                None => a.send(self, sent),
            };
        }
        if let Some(a) = native::downcast::<AnextAwaitable>(aw) {
            return a.step(self, sent, thrown);
        }
        let lib = self.lib;
        lib.drive(self, aw, sent, thrown)
    }

    /// One step of any awaitable: a coroutine object or a native awaitable.
    pub fn drive_awaitable(&mut self, aw: &Value, sent: Value, thrown: Option<Rc<ExcObj>>) -> Res<AwaitOutcome> {
        match aw {
            Value::Native(n) => self.drive_native(n, sent, thrown),
            Value::Gen(g) if g.borrow().is_coroutine() => match self.resume(g, sent, thrown) {
                FrameResult::Yield(m) => Ok(AwaitOutcome::Suspend(m)),
                FrameResult::Return(v) => Ok(AwaitOutcome::Done(v)),
                FrameResult::Raise(e) => Err(e),
            },
            other => Err(exc("TypeError", format!("object {} can't be used in 'await' expression", other.type_name()))),
        }
    }
}

/// The line the generator an asend / athrow awaitable drives is suspended at.
pub fn awaitable_line(aw: &Rc<dyn NativeObject>) -> Option<u32> {
    native::downcast::<AgenAwaitable>(aw).and_then(|a| a.agen.borrow().current_line())
}

/// Whether `v` is one of this file's awaitables (a task can wrap it).
pub fn is_agen_awaitable(v: &Value) -> bool {
    match v {
        Value::Native(n) => native::downcast::<AgenAwaitable>(n).is_some() || native::downcast::<AnextAwaitable>(n).is_some(),
        _ => false,
    }
}

/// `aw.send(v)`, `aw.throw(e)`, `aw.close()` called from Python on one of
/// this file's awaitables: a suspension is the value `send` returns, the
/// end is StopIteration(value).
pub fn call_method(vm: &mut Vm, recv: &Rc<dyn NativeObject>, name: &str, args: Vec<Value>) -> Res<Value> {
    let outcome = match name {
        "send" => vm.drive_native(recv, args.into_iter().next().unwrap_or(Value::None), None),
        "throw" => match args.into_iter().next() {
            Some(v) => match vm.make_exception(v) {
                Ok(e) => vm.drive_native(recv, Value::None, Some(e)),
                Err(e) => Err(e),
            },
            None => Err(exc("TypeError", "throw expected at least 1 argument, got 0")),
        },
        _ => {
            if let Some(a) = native::downcast::<AgenAwaitable>(recv) {
                a.state.set(State::Closed);
            }
            return Ok(Value::None);
        }
    };
    match outcome {
        Ok(AwaitOutcome::Suspend(m)) => Ok(m),
        Ok(AwaitOutcome::Done(v)) => {
            let args = if matches!(v, Value::None) { Vec::new() } else { vec![v] };
            Err(ExcObj::new("StopIteration", args))
        }
        Err(e) => Err(e),
    }
}

/// `agen.close()` (`gen_close`): GeneratorExit where it is suspended; its
/// `finally` blocks run; yielding again is an error.
pub fn close(vm: &mut Vm, agen: &Rc<RefCell<GenState>>) -> Res<()> {
    if !agen.borrow().is_started() || agen.borrow().is_finished() {
        agen.borrow_mut().close();
        return Ok(());
    }
    let exit = ExcObj::new("GeneratorExit", Vec::new());
    let result = vm.resume(agen, Value::None, Some(exit));
    let what = agen.borrow().type_name();
    agen.borrow_mut().close();
    match result {
        FrameResult::Yield(_) => {
            let what = if what == "async_generator" { "async generator" } else { what };
            Err(exc("RuntimeError", format!("{what} ignored GeneratorExit")))
        }
        FrameResult::Raise(e) if !matches(&e, "GeneratorExit") && !matches(&e, "StopIteration") => Err(e),
        _ => Ok(()),
    }
}

/// Finalizes the generators dropped while suspended: an async generator
/// goes to its loop's finalizer hook; a generator is closed, and an error
/// doing so is reported as CPython's `PyErr_WriteUnraisable` does. The
/// library hears first of the handles (futures) whose last reference went.
pub fn run_finalizers(vm: &mut Vm) {
    let pending = vm.finalizers.take();
    let released = vm.finalizers.take_released();
    if !released.is_empty() {
        let lib = vm.lib;
        lib.handles_released(vm, released);
    }
    for agen in pending {
        let finalizer = {
            let g = agen.borrow();
            if g.is_async_generator() && !g.agen.closed { g.finalizer.clone() } else { None }
        };
        if let Some(finalizer) = finalizer {
            let lib = vm.lib;
            lib.asyncgen_finalize(vm, agen, finalizer);
            continue;
        }
        if let Err(e) = close(vm, &agen) {
            let (filename, source) = vm.program.clone();
            let text = crate::python::object::errors::render_traceback(&e, &filename, &source);
            let message = format!("Exception ignored in: {}\n{text}", Value::Gen(agen).repr());
            vm.write(&message, true);
        }
    }
}

//! contextlib's generator-based managers, step for step as CPython 3.11's
//! Lib/contextlib.py runs them: `@contextmanager` and
//! `@asynccontextmanager` (`_GeneratorContextManager.__enter__/__exit__`
//! and the async `__aenter__/__aexit__`), with contextlib.py's frames in
//! the tracebacks where CPython shows them.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use super::natives::StdObject;
use crate::python::object::errors::{ExcObj, Res, exc, is_subclass, type_error};
use crate::python::object::traceback::TbEntry;
use crate::python::object::frame::GenState;
use crate::python::object::native::{NativeObject, downcast};
use crate::python::object::value::Value;
use crate::python::vm::asyncgen;
use crate::python::vm::library::{AwaitOutcome, Kwargs};
use crate::python::vm::machine::{FrameResult, Vm};

/// The module's functions, as `contextlib.name`.
pub const FUNCTIONS: &[&str] =
    &["contextlib.contextmanager", "contextlib.asynccontextmanager", "contextlib.ExitStack", "contextlib.AsyncExitStack",
    "contextlib.closing", "contextlib.aclosing", "contextlib.redirect_stdout", "contextlib.redirect_stderr"];

/// contextlib.py, where its frames come from.
const FILE: &str = "contextlib.py";

/// `contextlib.name`, for the names this file provides.
pub fn attr(name: &str) -> Option<Value> {
    FUNCTIONS.iter().find(|f| f.strip_prefix("contextlib.") == Some(name)).map(|f| Value::Builtin(f))
}

/// Calls `contextlib.func`, if this file provides it.
pub fn call(func: &str, args: Vec<Value>, kwargs: Kwargs) -> Option<Res<Value>> {
    let is_async = match func {
        "redirect_stdout" | "redirect_stderr" => return Some(super::stringio::redirect(func == "redirect_stderr", &args)),
        "closing" | "aclosing" => return Some(super::contextlib_closing::new(func == "aclosing", &args, &kwargs)),
        "ExitStack" | "AsyncExitStack" => return Some(super::contextlib_stacks::new(func == "AsyncExitStack", &args)),
        "contextmanager" => false,
        "asynccontextmanager" => true,
        _ => return None,
    };
    if args.len() != 1 || !kwargs.is_empty() {
        return Some(type_error(format!("{func}() takes 1 positional argument but {} were given", args.len())));
    }
    Some(Ok(Value::Native(Rc::new(Helper { func: args[0].clone(), is_async }))))
}

/// What `@contextmanager` turns a generator function into (CPython's
/// `helper`, wrapped to look like the function).
pub struct Helper {
    func: Value,
    is_async: bool,
}

impl NativeObject for Helper {
    fn type_name(&self) -> &'static str {
        "function"
    }
    fn repr(&self) -> String {
        super::function_like::repr(&self.func)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        &["__call__"]
    }
}

impl StdObject for Helper {
    fn attr(&self, vm: &mut Vm, name: &str) -> Option<Res<Value>> {
        Some(super::function_like::attr(vm, &self.func, name))
    }
    fn call(&self, vm: &mut Vm, _this: &Value, _name: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
        let generator = vm.call(&self.func, args.clone(), kwargs.clone())?;
        let recipe = (self.func.clone(), args, kwargs);
        Ok(Value::Native(Rc::new(GeneratorCm { generator, is_async: self.is_async, recipe })))
    }
}

/// `_GeneratorContextManager` / `_AsyncGeneratorContextManager`: one
/// generator, entered once.
pub struct GeneratorCm {
    generator: Value,
    is_async: bool,
    /// The generator function and its arguments, to make a fresh manager
    /// for each call when the manager decorates a function (`_recreate_cm`).
    recipe: (Value, Vec<Value>, Kwargs),
}

impl GeneratorCm {
    fn name(&self) -> &'static str {
        if self.is_async { "_AsyncGeneratorContextManager" } else { "_GeneratorContextManager" }
    }
}

impl NativeObject for GeneratorCm {
    fn type_name(&self) -> &'static str {
        self.name()
    }
    fn repr(&self) -> String {
        format!("<contextlib.{} object at 0x7f0000000000>", self.name())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        if self.is_async { &["__aenter__", "__aexit__", "__call__"] } else { &["__enter__", "__exit__", "__call__"] }
    }
}

impl StdObject for GeneratorCm {
    fn attr(&self, _vm: &mut Vm, name: &str) -> Option<Res<Value>> {
        (name == "gen").then(|| Ok(self.generator.clone()))
    }
    fn call(&self, vm: &mut Vm, _this: &Value, name: &str, args: Vec<Value>, _kwargs: Kwargs) -> Res<Value> {
        let thrown = args.get(1).filter(|v| !matches!(v, Value::None)).cloned();
        match name {
            "__call__" => self.decorate(args),
            "__enter__" => self.enter(vm),
            "__exit__" => self.exit(vm, thrown),
            "__aenter__" => self.async_step(vm, true, thrown),
            _ => self.async_step(vm, false, thrown),
        }
    }
}

/// A function decorated with a `@contextmanager` manager (`inner`): each
/// call runs inside a fresh manager.
pub struct Decorated {
    func: Value,
    recipe: (Value, Vec<Value>, Kwargs),
}

impl NativeObject for Decorated {
    fn type_name(&self) -> &'static str {
        "function"
    }
    fn repr(&self) -> String {
        super::function_like::repr(&self.func)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        &["__call__"]
    }
}

impl StdObject for Decorated {
    fn attr(&self, vm: &mut Vm, name: &str) -> Option<Res<Value>> {
        Some(super::function_like::attr(vm, &self.func, name))
    }
    fn call(&self, vm: &mut Vm, _this: &Value, _name: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
        let (f, a, k) = self.recipe.clone();
        let generator = vm.call(&f, a.clone(), k.clone())?;
        let cm = GeneratorCm { generator, is_async: false, recipe: (f, a, k) };
        cm.enter(vm).map_err(|e| through(e, frame(80, "inner", "with self._recreate_cm():", None)))?;
        match vm.call(&self.func, args, kwargs) {
            Ok(v) => {
                cm.exit(vm, None).map_err(|e| through(e, frame(80, "inner", "with self._recreate_cm():", None)))?;
                Ok(v)
            }
            Err(e) => {
                through(e.clone(), frame(81, "inner", "return func(*args, **kwds)", Some((7, 26))));
                let suppress = cm.exit(vm, Some(Value::Exc(e.clone()))).map_err(|e| through(e, frame(80, "inner", "with self._recreate_cm():", None)))?;
                if suppress.truthy() { Ok(Value::None) } else { Err(e) }
            }
        }
    }
}

/// The library frame contextlib.py shows at `line`.
fn frame(line: u32, func: &str, text: &'static str, marked: Option<(u32, u32)>) -> TbEntry {
    TbEntry::library(FILE, line, func, text, marked)
}

/// `e` with contextlib.py's frame added as it passes through.
fn through(e: Rc<ExcObj>, entry: TbEntry) -> Rc<ExcObj> {
    e.traceback.borrow_mut().push(entry);
    e
}

/// `raise RuntimeError(message)` at contextlib.py's `line`.
fn runtime_error(message: &str, line: u32, func: &str, text: &'static str) -> Rc<ExcObj> {
    let e = ExcObj::msg("RuntimeError", message);
    through(e, frame(line, func, text, None))
}

/// The generator behind a sync manager.
fn sync_generator(v: &Value) -> Res<Rc<RefCell<GenState>>> {
    match v {
        Value::Gen(g) if !g.borrow().is_async_generator() => Ok(g.clone()),
        other => type_error(format!("'{}' object is not an iterator", other.type_name())),
    }
}

impl GeneratorCm {
    /// `@manager` on a function (`ContextDecorator.__call__`).
    fn decorate(&self, args: Vec<Value>) -> Res<Value> {
        if self.is_async {
            return Err(exc("NotImplementedError", "looplab does not support an @asynccontextmanager manager as a decorator yet"));
        }
        let [func] = <[Value; 1]>::try_from(args).map_err(|a| {
            exc("TypeError", format!("ContextDecorator.__call__() takes 2 positional arguments but {} were given", a.len() + 1))
        })?;
        let (f, a, k) = self.recipe.clone();
        Ok(Value::Native(Rc::new(Decorated { func, recipe: (f, a, k) })))
    }

    /// `__enter__`: `next(self.gen)`.
    fn enter(&self, vm: &mut Vm) -> Res<Value> {
        let g = sync_generator(&self.generator)?;
        match vm.resume(&g, Value::None, None) {
            FrameResult::Yield(v) => Ok(v),
            FrameResult::Return(_) => {
                let e = runtime_error("generator didn't yield", 139, "__enter__", "raise RuntimeError(\"generator didn't yield\") from None");
                e.suppress_context.set(true);
                Err(e)
            }
            FrameResult::Raise(e) => Err(through(e, frame(137, "__enter__", "return next(self.gen)", Some((7, 21))))),
        }
    }

    /// `__exit__(typ, value, tb)`: runs the generator on, or throws the
    /// block's exception into it at its `yield`.
    fn exit(&self, vm: &mut Vm, thrown: Option<Value>) -> Res<Value> {
        let g = sync_generator(&self.generator)?;
        let Some(value) = thrown else {
            return match vm.resume(&g, Value::None, None) {
                FrameResult::Return(_) => Ok(Value::Bool(false)),
                FrameResult::Yield(_) => {
                    asyncgen::close(vm, &g)?;
                    Err(runtime_error("generator didn't stop", 149, "__exit__", "raise RuntimeError(\"generator didn't stop\")"))
                }
                FrameResult::Raise(e) => Err(through(e, frame(144, "__exit__", "next(self.gen)", None))),
            };
        };
        let value = vm.make_exception(value)?;
        let before = value.traceback.borrow().clone();
        match vm.resume(&g, Value::None, Some(value.clone())) {
            FrameResult::Return(_) => Ok(Value::Bool(true)),
            FrameResult::Yield(_) => {
                asyncgen::close(vm, &g)?;
                Err(runtime_error(
                    "generator didn't stop after throw()",
                    194,
                    "__exit__",
                    "raise RuntimeError(\"generator didn't stop after throw()\")",
                ))
            }
            FrameResult::Raise(e) => match settle(&e, &value, before, "StopIteration") {
                Some(suppress) => Ok(Value::Bool(suppress)),
                None => Err(through(e, frame(158, "__exit__", "self.gen.throw(typ, value, traceback)", None))),
            },
        }
    }

    /// `__aenter__` (`enter`) or `__aexit__`: an awaitable that drives the
    /// async generator's `__anext__()` / `athrow()` awaitable.
    fn async_step(&self, vm: &mut Vm, enter: bool, thrown: Option<Value>) -> Res<Value> {
        let g = match &self.generator {
            Value::Gen(g) if g.borrow().is_async_generator() => g.clone(),
            other => return type_error(format!("'{}' object is not an async iterator", other.type_name())),
        };
        let (inner, mode) = match thrown {
            _ if enter => (asyncgen::asend(vm, &g, Value::None)?, Mode::Enter),
            None => (asyncgen::asend(vm, &g, Value::None)?, Mode::ExitClean),
            Some(v) => {
                let value = vm.make_exception(v)?;
                let before = value.traceback.borrow().clone();
                (asyncgen::athrow(vm, &g, Some(Value::Exc(value.clone())))?, Mode::ExitThrown(value, before))
            }
        };
        Ok(Value::Native(Rc::new(AsyncStep { generator: g, inner: RefCell::new(inner), mode: RefCell::new(mode) })))
    }
}

/// How `__exit__` ends when the generator raised `e` after `value` was
/// thrown in: `Some(suppress)` returns, `None` re-raises `e`. `value`
/// coming back is not re-raised by `__exit__` (the `with` statement does,
/// with the traceback it had, `before`).
fn settle(e: &Rc<ExcObj>, value: &Rc<ExcObj>, before: Vec<TbEntry>, stop: &str) -> Option<bool> {
    if is_subclass(e.kind, stop) {
        return Some(!Rc::ptr_eq(e, value));
    }
    if Rc::ptr_eq(e, value) {
        *value.traceback.borrow_mut() = before;
        return Some(false);
    }
    let wrapped = e.cause.borrow().as_ref().is_some_and(|c| Rc::ptr_eq(c, value));
    if is_subclass(e.kind, "RuntimeError") && wrapped && is_subclass(value.kind, stop) {
        *value.traceback.borrow_mut() = before;
        return Some(false);
    }
    None
}

/// What an [`AsyncStep`] is doing.
enum Mode {
    /// `__aenter__`: `await anext(self.gen)`.
    Enter,
    /// `__aexit__(None, None, None)`: `await anext(self.gen)`, which must end it.
    ExitClean,
    /// `__aexit__` with the block's exception: `await self.gen.athrow(…)`,
    /// and the exception's traceback before it.
    ExitThrown(Rc<ExcObj>, Vec<TbEntry>),
    /// The generator yielded again: `await self.gen.aclose()`, then raise.
    Closing(Rc<ExcObj>),
}

/// The awaitable `__aenter__()` / `__aexit__()` of an async generator's
/// manager returns.
pub struct AsyncStep {
    generator: Rc<RefCell<GenState>>,
    inner: RefCell<Value>,
    mode: RefCell<Mode>,
}

impl NativeObject for AsyncStep {
    fn type_name(&self) -> &'static str {
        "coroutine"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_awaitable(&self) -> bool {
        true
    }
}

impl AsyncStep {
    /// One step: drives the generator's awaitable, then ends as contextlib.py does.
    pub fn drive(&self, vm: &mut Vm, sent: Value, thrown: Option<Rc<ExcObj>>) -> Res<AwaitOutcome> {
        let inner = self.inner.borrow().clone();
        let outcome = vm.drive_awaitable(&inner, sent, thrown);
        if let Ok(AwaitOutcome::Suspend(m)) = outcome {
            return Ok(AwaitOutcome::Suspend(m));
        }
        let mode = std::mem::replace(&mut *self.mode.borrow_mut(), Mode::Enter);
        match (mode, outcome) {
            (Mode::Enter, Ok(done)) => Ok(done),
            (Mode::Enter, Err(e)) if is_subclass(e.kind, "StopAsyncIteration") => {
                let e = runtime_error("generator didn't yield", 212, "__aenter__", "raise RuntimeError(\"generator didn't yield\") from None");
                e.suppress_context.set(true);
                Err(e)
            }
            (Mode::Enter, Err(e)) => Err(through(e, frame(210, "__aenter__", "return await anext(self.gen)", Some((7, 28))))),
            (Mode::ExitClean, Ok(_)) => {
                let e = runtime_error("generator didn't stop", 222, "__aexit__", "raise RuntimeError(\"generator didn't stop\")");
                self.close_then_raise(vm, e)
            }
            (Mode::ExitClean, Err(e)) if is_subclass(e.kind, "StopAsyncIteration") => Ok(AwaitOutcome::Done(Value::Bool(false))),
            (Mode::ExitClean, Err(e)) => Err(through(e, frame(217, "__aexit__", "await anext(self.gen)", None))),
            (Mode::ExitThrown(..), Ok(_)) => {
                let e = runtime_error(
                    "generator didn't stop after athrow()",
                    267,
                    "__aexit__",
                    "raise RuntimeError(\"generator didn't stop after athrow()\")",
                );
                self.close_then_raise(vm, e)
            }
            (Mode::ExitThrown(value, before), Err(e)) => match settle(&e, &value, before, "StopAsyncIteration") {
                Some(suppress) => Ok(AwaitOutcome::Done(Value::Bool(suppress))),
                None => Err(through(e, frame(231, "__aexit__", "await self.gen.athrow(typ, value, traceback)", None))),
            },
            (Mode::Closing(pending), Ok(_)) => Err(pending),
            (Mode::Closing(_), Err(e)) => Err(e),
        }
    }

    /// The generator yielded where it should have ended: `await
    /// self.gen.aclose()`, then raise `e`.
    fn close_then_raise(&self, vm: &mut Vm, e: Rc<ExcObj>) -> Res<AwaitOutcome> {
        let closing = asyncgen::athrow(vm, &self.generator, None)?;
        *self.inner.borrow_mut() = closing;
        *self.mode.borrow_mut() = Mode::Closing(e);
        self.drive(vm, Value::None, None)
    }
}

/// One step of `aw` if it is one of contextlib's awaitables.
pub fn drive(vm: &mut Vm, aw: &Rc<dyn NativeObject>, sent: Value, thrown: Option<Rc<ExcObj>>) -> Option<Res<AwaitOutcome>> {
    if let Some(s) = downcast::<AsyncStep>(aw) {
        return Some(s.drive(vm, sent, thrown));
    }
    super::contextlib_stacks::drive(vm, aw, sent, thrown)
}

/// `with cm:` (`enter`: `__enter__`, else `__exit__(*args)`) or `async
/// with cm:` (`is_async`) on one of contextlib's managers.
pub fn with_statement(vm: &mut Vm, manager: &Value, enter: bool, args: Vec<Value>, is_async: bool) -> Option<Res<Value>> {
    let Value::Native(n) = manager else { return None };
    if !is_async && let Some(r) = super::stringio::with_statement(vm, manager, enter) {
        return Some(r);
    }
    let Some(cm) = downcast::<GeneratorCm>(n) else {
        return super::contextlib_stacks::with_statement(vm, manager, enter, args, is_async);
    };
    if cm.is_async != is_async {
        let what = if is_async { "the asynchronous context manager" } else { "the context manager" };
        return Some(Err(exc("TypeError", format!("'{}' object does not support {what} protocol", cm.name()))));
    }
    let name = match (is_async, enter) {
        (false, true) => "__enter__",
        (false, false) => "__exit__",
        (true, true) => "__aenter__",
        (true, false) => "__aexit__",
    };
    Some(cm.call(vm, manager, name, args, Vec::new()))
}

/// The [`StdObject`] of this file's objects, for the library's lookups.
pub fn as_std(n: &Rc<dyn NativeObject>) -> Option<&dyn StdObject> {
    let any = n.as_any();
    if let Some(h) = any.downcast_ref::<Helper>() {
        return Some(h);
    }
    if let Some(c) = any.downcast_ref::<GeneratorCm>() {
        return Some(c);
    }
    if let Some(d) = any.downcast_ref::<Decorated>() {
        return Some(d);
    }
    super::contextlib_stacks::as_std(n)
}

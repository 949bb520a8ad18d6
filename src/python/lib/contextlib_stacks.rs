//! contextlib's `ExitStack` and `AsyncExitStack`, unwinding as CPython
//! 3.11's Lib/contextlib.py does: callbacks last in, first out; a callback
//! that returns true suppresses the exception; one that raises replaces it
//! (its context fixed up to the one it replaced) and the last is raised.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use super::natives::StdObject;
use crate::python::object::classes;
use crate::python::object::errors::{ExcObj, Res, exc, type_error};
use crate::python::object::native::{NativeObject, downcast};
use crate::python::object::traceback::TbEntry;
use crate::python::object::value::Value;
use crate::python::vm::library::{AwaitOutcome, Kwargs};
use crate::python::vm::machine::Vm;

/// What the stack calls when it unwinds.
#[derive(Clone)]
enum Exit {
    /// A manager it entered: its `__exit__` / `__aexit__`.
    Manager(Value),
    /// `push(exit)` / `push_async_exit(exit)`: called with the exception details.
    Function(Value),
    /// `callback(f, *args, **kwds)`: called with its own arguments; never suppresses.
    Callback(Value, Vec<Value>, Kwargs),
}

/// `contextlib.ExitStack()` or `contextlib.AsyncExitStack()`.
pub struct ExitStack {
    is_async: bool,
    /// (whether it is a sync callback, what to call), first pushed first.
    exits: RefCell<Vec<(bool, Exit)>>,
}

/// `contextlib.ExitStack()` (`is_async` false) or `AsyncExitStack()`.
pub fn new(is_async: bool, args: &[Value]) -> Res<Value> {
    if !args.is_empty() {
        let name = if is_async { "AsyncExitStack" } else { "ExitStack" };
        return type_error(format!("{name}() takes no arguments"));
    }
    Ok(Value::Native(Rc::new(ExitStack { is_async, exits: RefCell::new(Vec::new()) })))
}

const SYNC_METHODS: &[&str] = &["enter_context", "push", "callback", "pop_all", "close", "__enter__", "__exit__"];
const ASYNC_METHODS: &[&str] = &[
    "enter_context", "push", "callback", "pop_all", "enter_async_context", "push_async_exit",
    "push_async_callback", "aclose", "__aenter__", "__aexit__",
];

impl NativeObject for ExitStack {
    fn type_name(&self) -> &'static str {
        if self.is_async { "AsyncExitStack" } else { "ExitStack" }
    }
    fn repr(&self) -> String {
        format!("<contextlib.{} object at 0x7f0000000000>", self.type_name())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        if self.is_async { ASYNC_METHODS } else { SYNC_METHODS }
    }
}

impl StdObject for ExitStack {
    fn call(&self, vm: &mut Vm, this: &Value, name: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
        match name {
            "callback" | "push_async_callback" => {
                let Some((f, rest)) = args.split_first() else {
                    return type_error(format!("ExitStack.{name}() missing 1 required positional argument: 'callback'"));
                };
                let entry = Exit::Callback(f.clone(), rest.to_vec(), kwargs);
                self.exits.borrow_mut().push((name == "callback", entry));
                Ok(f.clone())
            }
            "push" | "push_async_exit" => {
                let exit = one_arg(name, &args)?;
                let sync = name == "push";
                let method = if sync { "__exit__" } else { "__aexit__" };
                let entry = if has_method(&exit, method) { Exit::Manager(exit.clone()) } else { Exit::Function(exit.clone()) };
                self.exits.borrow_mut().push((sync, entry));
                Ok(exit)
            }
            "enter_context" => {
                let cm = one_arg(name, &args)?;
                let result = sync_enter(vm, &cm)?;
                self.exits.borrow_mut().push((true, Exit::Manager(cm)));
                Ok(result)
            }
            "enter_async_context" => {
                let cm = one_arg(name, &args)?;
                let aw = async_enter(vm, &cm)?;
                let stack = this.clone();
                Ok(Value::Native(Rc::new(Unwind::entering(stack, cm, aw))))
            }
            "pop_all" => {
                let moved = std::mem::take(&mut *self.exits.borrow_mut());
                Ok(Value::Native(Rc::new(ExitStack { is_async: self.is_async, exits: RefCell::new(moved) })))
            }
            "__enter__" => Ok(this.clone()),
            "close" => self.unwind_sync(vm, None).map(|_| Value::None),
            "__exit__" => self.unwind_sync(vm, exception(&args)).map(Value::Bool),
            "__aenter__" => Ok(Value::Native(Rc::new(Unwind::ready(this.clone())))),
            "aclose" => Ok(Value::Native(Rc::new(Unwind::exiting(this.clone(), None, true)))),
            _ => Ok(Value::Native(Rc::new(Unwind::exiting(this.clone(), exception(&args), false)))),
        }
    }
}

fn one_arg(name: &str, args: &[Value]) -> Res<Value> {
    match args {
        [a] => Ok(a.clone()),
        _ => type_error(format!("ExitStack.{name}() takes 2 positional arguments but {} were given", args.len() + 1)),
    }
}

/// The exception in `__exit__(typ, value, tb)`'s arguments, if any.
fn exception(args: &[Value]) -> Option<Rc<ExcObj>> {
    match args.get(1) {
        Some(Value::Exc(e)) => Some(e.clone()),
        _ => None,
    }
}

fn has_method(v: &Value, name: &str) -> bool {
    match v {
        Value::Instance(i) => i.class.lookup(name).is_some(),
        Value::Native(n) => n.methods().contains(&name),
        _ => false,
    }
}

/// `__exit__` / `__aexit__`'s arguments for exception `e`.
fn details(e: Option<&Rc<ExcObj>>) -> Vec<Value> {
    match e {
        Some(x) => {
            let class = match x.class.borrow().as_ref() {
                Some(c) => Value::Class(c.clone()),
                None => Value::Type(x.kind),
            };
            vec![class, Value::Exc(x.clone()), Value::None]
        }
        None => vec![Value::None, Value::None, Value::None],
    }
}

/// CPython's message for an object without the (async) manager protocol.
fn not_a_manager(cm: &Value, is_async: bool) -> Rc<ExcObj> {
    const CONTEXTLIB: &[&str] =
        &["_GeneratorContextManager", "_AsyncGeneratorContextManager", "ExitStack", "AsyncExitStack", "closing", "aclosing"];
    let module = match cm {
        Value::Instance(_) => "__main__",
        Value::Native(n) if CONTEXTLIB.contains(&n.type_name()) => "contextlib",
        _ => "builtins",
    };
    let what = if is_async { "the asynchronous context manager" } else { "the context manager" };
    exc("TypeError", format!("'{module}.{}' object does not support {what} protocol", cm.class_name()))
}

/// `type(cm).__enter__(cm)`.
fn sync_enter(vm: &mut Vm, cm: &Value) -> Res<Value> {
    if let Value::Instance(_) = cm {
        if !has_method(cm, "__exit__") {
            return Err(not_a_manager(cm, false));
        }
        return match classes::get_attr(cm, "__enter__") {
            Some(Ok(m)) => vm.call(&m, Vec::new(), Vec::new()),
            _ => Err(not_a_manager(cm, false)),
        };
    }
    let lib = vm.lib;
    lib.context_manager(vm, cm, true, Vec::new()).map_err(|e| if e.kind == "TypeError" { not_a_manager(cm, false) } else { e })
}

/// `type(cm).__exit__(cm, *details)`.
fn sync_exit(vm: &mut Vm, cm: &Value, e: Option<&Rc<ExcObj>>) -> Res<Value> {
    if let Value::Instance(_) = cm {
        return match classes::get_attr(cm, "__exit__") {
            Some(Ok(m)) => vm.call(&m, details(e), Vec::new()),
            _ => Err(not_a_manager(cm, false)),
        };
    }
    let lib = vm.lib;
    lib.context_manager(vm, cm, false, details(e))
}

/// `type(cm).__aenter__(cm)`: the awaitable.
fn async_enter(vm: &mut Vm, cm: &Value) -> Res<Value> {
    if let Value::Instance(_) = cm
        && !(has_method(cm, "__aenter__") && has_method(cm, "__aexit__"))
    {
        return Err(not_a_manager(cm, true));
    }
    let lib = vm.lib;
    lib.async_with(vm, cm, true, None).map_err(|e| if e.kind == "TypeError" { not_a_manager(cm, true) } else { e })
}

/// contextlib.py's frame at `line`.
fn frame(line: u32, func: &str, text: &'static str) -> TbEntry {
    TbEntry::library("contextlib.py", line, func, text, None)
}

/// contextlib.py's frame at `line`, with CPython's `^^^` under `marked`.
fn marked_frame(line: u32, func: &str, text: &'static str, marked: (u32, u32)) -> TbEntry {
    TbEntry::library("contextlib.py", line, func, text, Some(marked))
}

/// `_fix_exception_context(new_exc, old_exc)`: the end of `new`'s context
/// chain that is `frame_exc` (the exception the `with` handles) becomes `old`.
fn fix_context(new: &Rc<ExcObj>, old: Option<&Rc<ExcObj>>, frame_exc: Option<&Rc<ExcObj>>) {
    let mut at = new.clone();
    loop {
        let next = at.context.borrow().clone();
        match next {
            None => return,
            Some(c) if old.is_some_and(|o| Rc::ptr_eq(&c, o)) => return,
            Some(c) if frame_exc.is_some_and(|f| Rc::ptr_eq(&c, f)) => break,
            Some(c) => at = c,
        }
    }
    *at.context.borrow_mut() = old.cloned();
}

/// The state of an unwinding: the exception details, whether one was
/// received, suppressed, or is pending.
struct Unwinding {
    frame_exc: Option<Rc<ExcObj>>,
    current: Option<Rc<ExcObj>>,
    suppressed: bool,
    pending: bool,
}

impl Unwinding {
    fn new(e: Option<Rc<ExcObj>>) -> Unwinding {
        Unwinding { frame_exc: e.clone(), current: e, suppressed: false, pending: false }
    }
    /// A callback returned `result`.
    fn returned(&mut self, suppress: bool) {
        if suppress {
            self.suppressed = true;
            self.pending = false;
            self.current = None;
        }
    }
    /// A callback raised `e` (contextlib.py's `line`).
    fn raised(&mut self, e: Rc<ExcObj>, entry: TbEntry) {
        // CPython's callbacks run while the block's exception is handled,
        // so that is their exceptions' context before it is fixed up.
        if e.context.borrow().is_none()
            && let Some(f) = &self.frame_exc
            && !Rc::ptr_eq(f, &e)
        {
            *e.context.borrow_mut() = Some(f.clone());
        }
        fix_context(&e, self.current.as_ref(), self.frame_exc.as_ref());
        e.traceback.borrow_mut().push(entry);
        self.pending = true;
        self.current = Some(e);
    }
    /// The end: raise the pending exception, or whether to suppress.
    fn finish(self, line: u32, func: &str) -> Res<bool> {
        match (self.pending, self.current) {
            (true, Some(e)) => {
                e.traceback.borrow_mut().push(frame(line, func, "raise exc_details[1]"));
                Err(e)
            }
            _ => Ok(self.frame_exc.is_some() && self.suppressed),
        }
    }
}

impl ExitStack {
    fn pop(&self) -> Option<(bool, Exit)> {
        self.exits.borrow_mut().pop()
    }

    /// `__exit__(*exc_details)` (and `close()`).
    fn unwind_sync(&self, vm: &mut Vm, e: Option<Rc<ExcObj>>) -> Res<bool> {
        let mut state = Unwinding::new(e);
        while let Some((_, exit)) = self.pop() {
            match call_sync(vm, &exit, state.current.as_ref()) {
                Ok(suppress) => state.returned(suppress),
                Err(e) => state.raised(e, marked_frame(586, "__exit__", "if cb(*exc_details):", (3, 19))),
            }
        }
        state.finish(601, "__exit__")
    }
}

/// Calls a sync exit callback: whether it suppresses.
fn call_sync(vm: &mut Vm, exit: &Exit, e: Option<&Rc<ExcObj>>) -> Res<bool> {
    let result = match exit {
        Exit::Manager(cm) => sync_exit(vm, cm, e)?,
        Exit::Function(f) => vm.call(f, details(e), Vec::new())?,
        Exit::Callback(f, args, kwargs) => {
            return match vm.call(f, args.clone(), kwargs.clone()) {
                Ok(_) => Ok(false),
                Err(e) => {
                    e.traceback.borrow_mut().push(frame(469, "_exit_wrapper", "callback(*args, **kwds)"));
                    Err(e)
                }
            };
        }
    };
    crate::python::vm::dunder::truthy(vm, &result)
}

/// The awaitable an async exit callback returns.
fn call_async(vm: &mut Vm, exit: &Exit, e: Option<&Rc<ExcObj>>) -> Res<Value> {
    let lib = vm.lib;
    match exit {
        Exit::Manager(cm) => lib.async_with(vm, cm, false, e.map(|x| Value::Exc(x.clone())).as_ref()),
        Exit::Function(f) => vm.call(f, details(e), Vec::new()),
        Exit::Callback(f, args, kwargs) => vm.call(f, args.clone(), kwargs.clone()),
    }
}

/// What an [`Unwind`] awaitable does.
enum Job {
    /// `__aenter__`: the stack itself, at once.
    Ready,
    /// `enter_async_context(cm)`: awaits `cm.__aenter__()`, then pushes its exit.
    Entering(Value),
    /// `__aexit__` / `aclose()`: the callbacks, one by one; the one awaited
    /// now (and whether it can suppress).
    Exiting { state: Unwinding, awaiting: Option<bool>, close: bool },
}

/// The awaitables of an `AsyncExitStack`'s coroutine methods.
pub struct Unwind {
    stack: Value,
    inner: RefCell<Option<Value>>,
    job: RefCell<Option<Job>>,
    /// The exit callback whose awaitable `inner` is.
    exit_awaited: RefCell<Option<Exit>>,
}

impl Unwind {
    fn ready(stack: Value) -> Unwind {
        // The value is given back as is: the stack, or closing's thing.
        Unwind { stack, inner: RefCell::new(None), job: RefCell::new(Some(Job::Ready)), exit_awaited: RefCell::new(None) }
    }
    fn entering(stack: Value, cm: Value, aw: Value) -> Unwind {
        Unwind { stack, inner: RefCell::new(Some(aw)), job: RefCell::new(Some(Job::Entering(cm))), exit_awaited: RefCell::new(None) }
    }
    fn exiting(stack: Value, e: Option<Rc<ExcObj>>, close: bool) -> Unwind {
        let job = Job::Exiting { state: Unwinding::new(e), awaiting: None, close };
        Unwind { stack, inner: RefCell::new(None), job: RefCell::new(Some(job)), exit_awaited: RefCell::new(None) }
    }

    fn stack(&self) -> Option<&ExitStack> {
        match &self.stack {
            Value::Native(n) => downcast::<ExitStack>(n),
            _ => None,
        }
    }

    /// One step of the coroutine.
    fn drive(&self, vm: &mut Vm, sent: Value, thrown: Option<Rc<ExcObj>>) -> Res<AwaitOutcome> {
        let inner = self.inner.borrow().clone();
        let outcome = match inner {
            Some(aw) => match vm.drive_awaitable(&aw, sent, thrown) {
                Ok(AwaitOutcome::Suspend(m)) => return Ok(AwaitOutcome::Suspend(m)),
                other => Some(other),
            },
            None => match thrown {
                Some(e) => return Err(e),
                None => None,
            },
        };
        *self.inner.borrow_mut() = None;
        let Some(job) = self.job.borrow_mut().take() else {
            return Err(exc("RuntimeError", "cannot reuse already awaited coroutine"));
        };
        match job {
            Job::Ready => Ok(AwaitOutcome::Done(self.stack.clone())),
            Job::Entering(cm) => {
                let outcome = outcome.unwrap_or(Ok(AwaitOutcome::Done(Value::None)))?;
                if let Some(s) = self.stack() {
                    s.exits.borrow_mut().push((false, Exit::Manager(cm)));
                }
                Ok(outcome)
            }
            Job::Exiting { mut state, awaiting, close } => {
                if let (Some(can_suppress), Some(outcome)) = (awaiting, outcome) {
                    match outcome {
                        Ok(AwaitOutcome::Done(v)) => {
                            let suppress = can_suppress && crate::python::vm::dunder::truthy(vm, &v)?;
                            state.returned(suppress);
                        }
                        Ok(AwaitOutcome::Suspend(_)) => {}
                        Err(e) => {
                            let wrapped = matches!(self.exit_awaited.borrow().as_ref(), Some(Exit::Callback(..)));
                            if wrapped {
                                e.traceback.borrow_mut().push(frame(633, "_exit_wrapper", "await callback(*args, **kwds)"));
                            }
                            state.raised(e, marked_frame(728, "__aexit__", "cb_suppress = await cb(*exc_details)", (14, 36)))
                        }
                    }
                }
                self.next_exit(vm, state, close)
            }
        }
    }

    /// Runs sync callbacks until an async one must be awaited, or the end.
    fn next_exit(&self, vm: &mut Vm, mut state: Unwinding, close: bool) -> Res<AwaitOutcome> {
        while let Some((sync, exit)) = self.stack().and_then(ExitStack::pop) {
            if sync {
                match call_sync(vm, &exit, state.current.as_ref()) {
                    Ok(suppress) => state.returned(suppress),
                    Err(e) => state.raised(e, marked_frame(726, "__aexit__", "cb_suppress = cb(*exc_details)", (14, 30))),
                }
                continue;
            }
            match call_async(vm, &exit, state.current.as_ref()) {
                Ok(aw) => {
                    *self.inner.borrow_mut() = Some(aw);
                    let can_suppress = !matches!(exit, Exit::Callback(..));
                    *self.exit_awaited.borrow_mut() = Some(exit);
                    *self.job.borrow_mut() = Some(Job::Exiting { state, awaiting: Some(can_suppress), close });
                    return self.drive(vm, Value::None, None);
                }
                Err(e) => state.raised(e, marked_frame(728, "__aexit__", "cb_suppress = await cb(*exc_details)", (14, 36))),
            }
        }
        let suppress = state.finish(745, "__aexit__")?;
        Ok(AwaitOutcome::Done(if close { Value::None } else { Value::Bool(suppress) }))
    }
}

impl NativeObject for Unwind {
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

/// An awaitable that gives `v` at once (`async def __aenter__(self): return …`).
pub fn ready(v: Value) -> Value {
    Value::Native(Rc::new(Unwind::ready(v)))
}

/// One step of `aw` if it is one of this file's awaitables.
pub fn drive(vm: &mut Vm, aw: &Rc<dyn NativeObject>, sent: Value, thrown: Option<Rc<ExcObj>>) -> Option<Res<AwaitOutcome>> {
    downcast::<Unwind>(aw).map(|u| u.drive(vm, sent, thrown))
}

/// `with stack:` / `async with stack:` on an exit stack.
pub fn with_statement(vm: &mut Vm, manager: &Value, enter: bool, args: Vec<Value>, is_async: bool) -> Option<Res<Value>> {
    let Value::Native(n) = manager else { return None };
    let Some(stack) = downcast::<ExitStack>(n) else {
        return super::contextlib_closing::with_statement(vm, manager, enter, is_async);
    };
    if is_async != stack.is_async {
        let what = if is_async { "the asynchronous context manager" } else { "the context manager" };
        return Some(type_error(format!("'{}' object does not support {what} protocol", stack.type_name())));
    }
    let name = match (is_async, enter) {
        (false, true) => "__enter__",
        (false, false) => "__exit__",
        (true, true) => "__aenter__",
        (true, false) => "__aexit__",
    };
    Some(stack.call(vm, manager, name, args, Vec::new()))
}

/// The [`StdObject`] of an exit stack or a closing manager, for the library's lookups.
pub fn as_std(n: &Rc<dyn NativeObject>) -> Option<&dyn StdObject> {
    match n.as_any().downcast_ref::<ExitStack>() {
        Some(s) => Some(s),
        None => super::contextlib_closing::as_std(n),
    }
}

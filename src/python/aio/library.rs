//! The [`Library`] the interpreter runs with: asyncio, the event loop object,
//! the threading modules and their objects are answered here; everything
//! else is the loop-free library's (`lib`).

use std::cell::RefCell;
use std::rc::Rc;

use rustc_hash::FxHashMap;

use super::asyncio::{self, SyncObj};
use super::event_loop;
use super::threads::{self, Native};
use crate::python::lib::{builtins, contextlib_managers, methods, modules, natives};
use crate::python::object::errors::{ExcObj, Res, exc, exception_class};
use crate::python::object::frame::GenState;
use crate::python::object::native::{self, NativeObject};
use crate::python::object::value::Value;
use crate::python::vm::library::{AwaitOutcome, Kwargs, Library};
use crate::python::vm::machine::Vm;

/// The library of a looplab run.
#[derive(Debug)]
pub struct RunLibrary;

/// The one [`RunLibrary`]: what the session gives every interpreter.
pub static LIBRARY: RunLibrary = RunLibrary;

impl Library for RunLibrary {
    fn builtins(&self) -> FxHashMap<Rc<str>, Value> {
        builtins::all_builtins()
    }

    fn call_builtin(&self, vm: &mut Vm, name: &'static str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
        match name.split_once('.') {
            Some(("asyncio", f)) => asyncio::call(vm, f, args, kwargs),
            Some(("os", f)) if crate::python::lib::os::NAMES.iter().any(|n| n.strip_prefix("os.") == Some(f)) => {
                crate::python::lib::os::call(f, args, kwargs)
            }
            Some((module @ ("threading" | "multiprocessing" | "os" | "queue"), f)) => {
                threads::call_module(vm, module, f, args, kwargs)
            }
            Some(("concurrent", f)) => {
                let f = f.strip_prefix("futures.").unwrap_or(f);
                threads::call_module(vm, "concurrent.futures", f, args, kwargs)
            }
            Some(("time", "sleep")) if threads::threads(vm).active() => {
                let d = sleep_arg(&args)?;
                threads::sleep(vm, d)?;
                Ok(Value::None)
            }
            Some(("time", "sleep")) if event_loop::loop_of(vm).is_ok() => {
                builtins::arg_count("sleep", &args, 1, 1)?;
                let d = builtins::number_arg(&args[0], "sleep")?;
                let slept = event_loop::loop_of(vm)?.blocking_sleep(d);
                vm.unless_halted(slept)?;
                Ok(Value::None)
            }
            _ => builtins::call_builtin(vm, name, args, kwargs),
        }
    }

    fn call_type(&self, vm: &mut Vm, name: &'static str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
        match super::classes::construct(vm, name, &args, &kwargs) {
            Some(made) => made,
            None => builtins::call_type(vm, name, args, kwargs),
        }
    }

    fn set_attr(&self, vm: &mut Vm, obj: &Value, name: &str, value: &Value) -> Option<Res<()>> {
        let id = event_loop::loop_id(obj)?;
        (name == "slow_callback_duration").then(|| event_loop::set_slow_callback_duration(vm, id, value))
    }

    fn get_attr(&self, vm: &mut Vm, obj: &Value, name: &str) -> Res<Value> {
        match obj {
            Value::Module("asyncio") => asyncio_attr(name),
            Value::Module(m @ ("threading" | "concurrent.futures" | "multiprocessing" | "os" | "queue" | "os.path")) => threads::module_attr(m, name)
                .or_else(|| crate::python::lib::os::attr(m, name))
                .ok_or_else(|| exc("AttributeError", format!("module '{}' has no attribute '{name}'", if *m == "os.path" { "posixpath" } else { m }))),
            Value::Native(n) => match crate::python::lib::exceptions::get_attr(obj, name, &vm.program.0) {
                Some(found) => found,
                None => match natives::get_attr(vm, obj, n, name) {
                    Some(r) => r,
                    None => native_attr(vm, obj, n, name),
                },
            },
            Value::Handle(kind, _) => match kind.methods.iter().find(|m| **m == name) {
                Some(m) => Ok(Value::Method(Rc::new((obj.clone(), m)))),
                None => Err(exc("AttributeError", format!("'{}' object has no attribute '{name}'", kind.type_name))),
            },
            _ => methods::get_attr(vm, obj, name),
        }
    }

    fn handles_released(&self, vm: &mut Vm, released: Vec<crate::python::object::native::Released>) {
        super::finalize::futures_released(vm, released);
    }

    fn at_exit(&self, vm: &mut Vm) {
        super::finalize::at_exit(vm);
    }

    fn show(&self, vm: &mut Vm, v: &Value, repr: bool) -> Option<Res<String>> {
        super::reprs::show(vm, v, repr)
    }

    fn builtin_method(&self, obj: &Value, name: &str) -> Option<&'static str> {
        match obj {
            Value::Native(n) => n.methods().iter().find(|m| **m == name).copied(),
            Value::Handle(kind, _) => kind.methods.iter().find(|m| **m == name).copied(),
            _ => methods::builtin_method(obj, name),
        }
    }

    fn call_method(&self, vm: &mut Vm, recv: &Value, name: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
        if let Some(f) = asyncio::as_future(recv) {
            if super::task_stack::handles(name) {
                return super::task_stack::call(vm, f, name, args, kwargs);
            }
            return asyncio::future_method(vm, f, name, args);
        }
        let Value::Native(n) = recv else {
            return methods::call_method(vm, recv, name, args, kwargs);
        };
        if crate::python::vm::asyncgen::is_agen_awaitable(recv) {
            return crate::python::vm::asyncgen::call_method(vm, n, name, args);
        }
        let any = n.as_any();
        // asyncio's locks and queues first: the loop-free modules' objects
        // are many types to try, and an asyncio program calls these most.
        if let Some(sync) = any.downcast_ref::<SyncObj>() {
            return asyncio::sync_method(vm, sync, name, args);
        }
        let (args, kwargs) = match natives::call_method(vm, recv, n, name, args, kwargs) {
            Ok(r) => return r,
            Err(unclaimed) => unclaimed,
        };
        if let Some(b) = any.downcast_ref::<super::barrier::Barrier>() {
            return match name {
                "wait" => Ok(asyncio::awaitable(b.wait())),
                "reset" | "abort" => Ok(asyncio::awaitable(b.reset_or_abort(name == "abort"))),
                other => Err(exc("AttributeError", format!("'Barrier' object has no attribute '{other}'"))),
            };
        }
        if let Some(r) = any.downcast_ref::<super::runner::Runner>() {
            return super::runner::call_method(vm, r, recv, name, args);
        }
        if let Some(tg) = any.downcast_ref::<super::taskgroups::TaskGroup>() {
            return super::taskgroups::call_method(vm, tg, name, args, kwargs);
        }
        if let Some(id) = event_loop::loop_id(recv) {
            return event_loop::call_loop_method(vm, id, name, args);
        }
        if let Some(timeout) = any.downcast_ref::<super::timeouts::Timeout>() {
            return super::timeouts::call_method(vm, timeout, name, args);
        }
        if let Some(handle) = any.downcast_ref::<event_loop::HandleRef>() {
            return event_loop::call_handle_method(vm, handle, name, args);
        }
        if let Some(t) = any.downcast_ref::<Native>() {
            return threads::call_method(vm, &t.clone(), name, args, kwargs);
        }
        Err(exc("TypeError", format!("'{}' object has no method '{name}'", n.type_name())))
    }

    fn import(&self, name: &str) -> Res<Value> {
        modules::import(name)
    }

    fn to_awaitable(&self, v: Value) -> Res<Value> {
        asyncio::to_awaitable(v)
    }

    fn drive(&self, vm: &mut Vm, aw: &Rc<dyn NativeObject>, sent: Value, thrown: Option<Rc<ExcObj>>) -> Res<AwaitOutcome> {
        // The engine's awaitables (a lock's acquire, a queue's get) first:
        // most awaits of an asyncio program; contextlib's steps are rarer.
        if asyncio::is_engine_awaitable(aw) {
            return asyncio::drive(vm, aw, sent, thrown);
        }
        if let Some(r) = contextlib_managers::drive(vm, aw, sent.clone(), thrown.clone()) {
            return r;
        }
        asyncio::drive(vm, aw, sent, thrown)
    }

    fn async_with(&self, vm: &mut Vm, manager: &Value, enter: bool, exc: Option<&Value>) -> Res<Value> {
        // `async with lock:` first, before the argument vector contextlib's
        // managers take and the other managers' types are tried.
        if let Value::Native(n) = manager
            && let Some(sync) = native::downcast::<SyncObj>(n)
        {
            return asyncio::sync_async_with(vm, sync, manager, enter);
        }
        let args = match exc {
            Some(e) => vec![Value::None, e.clone(), Value::None],
            None => Vec::new(),
        };
        if let Some(r) = contextlib_managers::with_statement(vm, manager, enter, args, true) {
            return r;
        }
        asyncio::async_with(vm, manager, enter, exc)
    }

    fn class_body(&self, vm: &mut Vm, namespace: &crate::python::object::frame::Namespace, bases: &[Value]) {
        crate::python::lib::enum_module::class_body(vm, namespace, bases);
    }

    fn class_body_store(&self, vm: &mut Vm, namespace: &crate::python::object::frame::Namespace, name: &str, value: Value) -> Res<Value> {
        crate::python::lib::enum_module::class_body_store(vm, namespace, name, value)
    }

    fn class_created(&self, vm: &mut Vm, class: &Value) -> Res<()> {
        crate::python::lib::enum_module::class_created(vm, class)?;
        crate::python::lib::abc::class_created(vm, class)
    }

    fn base_attr(&self, vm: &mut Vm, obj: &Value, base: &Value, name: &str) -> Option<Res<Value>> {
        crate::python::lib::subclass::base_attr(vm, obj, base, name)
    }

    fn class_bases(&self, vm: &mut Vm, name: &str, bases: Vec<Value>, namespace: &mut crate::python::object::classes::ClassDict) -> Res<Vec<Value>> {
        crate::python::lib::typing_classes::class_bases(vm, name, bases, namespace)
    }

    fn thread_name(&self, vm: &mut Vm) -> String {
        threads::current_name(vm)
    }

    fn context_manager(&self, vm: &mut Vm, manager: &Value, enter: bool, args: Vec<Value>) -> Res<Value> {
        if let Value::Native(n) = manager
            && let Some(r) = native::downcast::<super::runner::Runner>(n)
        {
            return super::runner::call_method(vm, r, manager, if enter { "__enter__" } else { "__exit__" }, args);
        }
        if let Some(r) = contextlib_managers::with_statement(vm, manager, enter, args.clone(), false) {
            return r;
        }
        if let Some(r) = natives::context_manager(vm, manager, enter, args.clone()) {
            return r;
        }
        threads::context_manager(vm, manager, enter, args)
    }

    fn asyncgen_first_iter(&self, vm: &mut Vm, agen: &Rc<RefCell<GenState>>) -> Res<()> {
        super::asyncgens::first_iter(vm, agen)
    }

    fn asyncgen_finalize(&self, vm: &mut Vm, agen: Rc<RefCell<GenState>>, finalizer: Value) {
        super::asyncgens::finalize(vm, agen, finalizer);
    }
}

/// `time.sleep(d)`'s argument, checked as CPython checks it.
fn sleep_arg(args: &[Value]) -> Res<f64> {
    builtins::arg_count("sleep", args, 1, 1)?;
    let d = builtins::number_arg(&args[0], "sleep")?;
    if d < 0.0 {
        return Err(exc("ValueError", "sleep length must be non-negative"));
    }
    Ok(d)
}

/// `asyncio.name`.
fn asyncio_attr(name: &str) -> Res<Value> {
    if let Some(f) = asyncio::FUNCTIONS.iter().find(|f| f.strip_prefix("asyncio.") == Some(name)) {
        return Ok(Value::Builtin(f));
    }
    if let Some(c) = exception_class(name) {
        return Ok(Value::Type(c));
    }
    if let "Task" | "Future" = name {
        // The very names `type()` gives a task or a future, so that
        // `type(t) is asyncio.Task` holds and `id()` agrees.
        return Ok(Value::Type(if name == "Task" { asyncio::TASK.type_name } else { asyncio::FUTURE.type_name }));
    }
    if matches!(name, "ALL_COMPLETED" | "FIRST_COMPLETED" | "FIRST_EXCEPTION") {
        return Ok(Value::str(name));
    }
    if !crate::python::vm::suggestions::ASYNCIO_NAMES.contains(&name) {
        return Err(exc("AttributeError", format!("module 'asyncio' has no attribute '{name}'")));
    }
    Err(exc("NotImplementedError", format!("asyncio.{name}: looplab's asyncio does not provide it yet")))
}

/// `obj.name` on a task, a loop, an asyncio lock or queue, or a threading object.
fn native_attr(vm: &mut Vm, obj: &Value, n: &Rc<dyn NativeObject>, name: &str) -> Res<Value> {
    if let Some(v) = native::downcast::<super::barrier::Barrier>(n).and_then(|b| b.property(name)) {
        return Ok(v);
    }
    if let Some(t) = native::downcast::<Native>(n).copied()
        && let Some(v) = threads::get_attr(vm, &t, name)
    {
        return Ok(v);
    }
    if let Some(id) = event_loop::loop_id(obj)
        && name == "slow_callback_duration"
    {
        return event_loop::slow_callback_duration(vm, id);
    }
    let methods = n.methods();
    if event_loop::loop_id(obj).is_some() && !methods.contains(&name) {
        return Err(exc("NotImplementedError", format!("loop.{name}: looplab's event loop does not provide it yet")));
    }
    match methods.iter().find(|m| **m == name) {
        Some(m) => Ok(Value::Method(Rc::new((obj.clone(), m)))),
        None => Err(exc("AttributeError", format!("'{}' object has no attribute '{name}'", n.type_name()))),
    }
}

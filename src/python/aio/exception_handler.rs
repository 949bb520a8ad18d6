//! The loop's exception handler, as `BaseEventLoop` has it:
//! `call_exception_handler(context)` calls the handler the program set with
//! `set_exception_handler`, else `default_exception_handler`, which logs the
//! context through the `asyncio` logger. Every error the engine reports (a
//! callback that raised, "Task exception was never retrieved", …) comes here
//! as CPython's context dict.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use super::asyncio::{Loop, future_value};
use super::event_loop::{exception_handler, loop_of, loop_value, running_loop_id};
use crate::engine::LoopError;
use crate::python::lib::frame_summary;
use crate::python::lib::reprlib::short_repr;
use crate::python::object::errors::{ExcObj, Res, format_exception};
use crate::python::object::native::NativeObject;
use crate::python::object::value::{DictMap, Key, Value};
use crate::python::vm::instances::display;
use crate::python::vm::machine::{Interp, Vm};
use crate::python::vm::running_lines::format_list;

/// `context['handle']` of a callback that raised: the handle as CPython's
/// repr shows it once it has run (`<Handle cb(1) at main.py:3>`,
/// `<TimerHandle when=0.5 cb() at main.py:3 created at main.py:9>`).
#[derive(Debug)]
pub struct ContextHandle {
    /// `format_helpers._format_callback_source` of its callback.
    source: String,
    /// A timer's deadline.
    when: Option<f64>,
    /// Debug mode's `created at FILE:LINE`.
    origin: Option<Rc<str>>,
}

impl NativeObject for ContextHandle {
    fn type_name(&self) -> &'static str {
        if self.when.is_some() { "TimerHandle" } else { "Handle" }
    }
    fn repr(&self) -> String {
        let created = self.origin.as_ref().map(|o| format!(" created at {o}")).unwrap_or_default();
        match self.when {
            Some(w) => {
                format!("<TimerHandle when={} {}{created}>", crate::python::object::float_repr::float_repr(w), self.source)
            }
            None => format!("<Handle {}{created}>", self.source),
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The engine's error hook: the errors a callback or a task step reported go
/// to the running loop's exception handler at once.
pub fn error_hook(lp: &mut Loop, st: &mut Interp) -> Res<()> {
    let Some(id) = running_loop_id(st) else { return Ok(()) };
    let errors = lp.take_errors();
    dispatch(st, lp, id, errors)
}

/// Hands each error of loop `id` to its exception handler, as a context dict.
pub fn dispatch(st: &mut Interp, lp: &mut Loop, id: usize, errors: Vec<LoopError<super::asyncio::PyHost>>) -> Res<()> {
    if st.stopped.is_some() {
        // A limit stopped the run: every task it ended reports the stop
        // (`SystemExit`); the limit's own message says it once.
        return Ok(());
    }
    for error in errors {
        let context = {
            let mut vm = Vm::new(st, Some(lp));
            context_of(&mut vm, error)?
        };
        call_exception_handler(&mut Vm::new(st, Some(lp)), id, context)?;
    }
    Ok(())
}

/// CPython's context for an error: `message`, `exception`, then `future` or
/// `handle` (with its `source_traceback` in debug mode, as `Handle._run`
/// adds it).
fn context_of(vm: &mut Vm, error: LoopError<super::asyncio::PyHost>) -> Res<Value> {
    let mut message = error.message;
    // A done callback's handle shows the future it was called with.
    if let Some(f) = error.callback_arg {
        let value = future_value(loop_of(vm)?, f);
        let shown = short_repr(vm, &value)?;
        message = message.replacen("()", &format!("({shown})"), 1);
    }
    let mut items: Vec<(&str, Value)> = vec![("message", Value::str(&message))];
    if let Some(e) = &error.exception {
        if error.handle.is_some() {
            // The exception came out of the handle's `_run`.
            super::library_frames::add_handle_run_frame(e);
        }
        items.push(("exception", Value::Exc(e.clone())));
    }
    if let Some(f) = error.future {
        let lp = loop_of(vm)?;
        items.push(("future", future_value(lp, f)));
        if let Some(frames) = lp.future_source_traceback(f) {
            items.push(("source_traceback", frames));
        }
    }
    items.extend(error.extra);
    if let Some(h) = error.handle {
        let when = super::event_loop::loop_of(vm)?.handle_when(h)?;
        let source = message.strip_prefix("Exception in callback ").unwrap_or(&message).to_string();
        let lp = super::event_loop::loop_of(vm)?;
        let (origin, frames) = (lp.handle_origin(h), lp.handle_source_traceback(h));
        items.push(("handle", Value::Native(Rc::new(ContextHandle { source, when, origin }))));
        if let Some(frames) = frames {
            items.push(("source_traceback", frames));
        }
    }
    Ok(dict(items))
}

fn dict(items: Vec<(&str, Value)>) -> Value {
    let map: DictMap = items.into_iter().map(|(k, v)| (Key(Value::str(k)), v)).collect();
    Value::Dict(Rc::new(RefCell::new(map)))
}

fn get(context: &Value, key: &str) -> Option<Value> {
    match context {
        Value::Dict(m) => m.borrow().get(&Key(Value::str(key))).cloned(),
        _ => None,
    }
}

/// Whether an exception is one `call_exception_handler` lets through.
fn passes_through(e: &Rc<ExcObj>) -> bool {
    matches!(&*e.kind, "SystemExit" | "KeyboardInterrupt")
}

/// `loop.call_exception_handler(context)` on loop `id`.
pub fn call_exception_handler(vm: &mut Vm, id: usize, context: Value) -> Res<()> {
    let Some(handler) = exception_handler(vm, id) else {
        return match default_exception_handler(vm, &context) {
            Err(e) if !passes_through(&e) => log(vm, "Exception in default exception handler", Some(&e)),
            other => other,
        };
    };
    let this = loop_value(vm, id);
    let Err(e) = vm.call(&handler, vec![this, context.clone()], Vec::new()) else { return Ok(()) };
    if passes_through(&e) {
        return Err(e);
    }
    super::library_frames::add_call_exception_handler_frame(&e);
    // A failed callback's handler runs inside `Handle._run`'s `except`, so
    // the error it raises has the callback's for context.
    if get(&context, "handle").is_some()
        && let Some(Value::Exc(original)) = get(&context, "exception")
        && e.context.borrow().is_none()
        && !Rc::ptr_eq(&original, &e)
    {
        *e.context.borrow_mut() = Some(original);
    }
    let report = dict(vec![
        ("message", Value::str("Unhandled error in exception handler")),
        ("exception", Value::Exc(e)),
        ("context", context),
    ]);
    match default_exception_handler(vm, &report) {
        Err(e) if !passes_through(&e) => log(
            vm,
            "Exception in default exception handler while handling an unexpected error in custom exception handler",
            Some(&e),
        ),
        other => other,
    }
}

/// `loop.default_exception_handler(context)`: the message, then every other
/// key but `exception` in sorted order with its repr, logged as an error on
/// the `asyncio` logger with the exception's traceback.
pub fn default_exception_handler(vm: &mut Vm, context: &Value) -> Res<()> {
    let Value::Dict(m) = context else {
        let kind = context.type_name();
        return Err(crate::python::object::errors::exc("AttributeError", format!("'{kind}' object has no attribute 'get'")));
    };
    let message = match get(context, "message") {
        Some(v) if v.truthy() => display(vm, &v, false)?,
        _ => "Unhandled exception in event loop".to_string(),
    };
    let exception = match get(context, "exception") {
        Some(Value::Exc(e)) => Some(e),
        _ => None,
    };
    // In debug mode the handle running now says where it was made, unless
    // the context says where its object was.
    if get(context, "source_traceback").is_none()
        && let Some(frames) = super::event_loop::loop_of(vm)
            .ok()
            .and_then(|lp| lp.current_handle().and_then(|h| lp.handle_source_traceback(h)))
    {
        m.borrow_mut().insert(Key(Value::str("handle_traceback")), frames);
    }
    let mut keys: Vec<(String, Value)> = m.borrow().iter().map(|(k, v)| (k.0.to_str(), v.clone())).collect();
    crate::sort::sort_by(&mut keys, |a, b| a.0.cmp(&b.0));
    let mut lines = vec![message];
    for (key, value) in keys {
        if key == "message" || key == "exception" {
            continue;
        }
        let created = match key.as_str() {
            "source_traceback" => "Object",
            "handle_traceback" => "Handle",
            _ => "",
        };
        let shown = match frame_summary::frames_of(&value).filter(|_| !created.is_empty()) {
            Some(frames) => format!("{created} created at (most recent call last):\n{}", format_list(&frames).trim_end()),
            None => display(vm, &value, true)?,
        };
        lines.push(format!("{key}: {shown}"));
    }
    log(vm, &lines.join("\n"), exception.as_ref())
}

/// `logger.error(msg, exc_info=…)` on the `asyncio` logger.
fn log(vm: &mut Vm, msg: &str, exception: Option<&Rc<ExcObj>>) -> Res<()> {
    let traceback = exception.map(|e| {
        crate::python::vm::instances::settle_messages(vm, e);
        let (filename, source) = vm.program.clone();
        format_exception(e, &filename, &source)
    });
    crate::python::lib::logging::library_log_traceback(vm, "asyncio", 40, msg, traceback)
}

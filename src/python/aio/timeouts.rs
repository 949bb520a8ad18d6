//! `asyncio.timeout(delay)` / `asyncio.timeout_at(when)` and the `Timeout`
//! object, as CPython 3.11's `asyncio/timeouts.py` builds them: on entry the
//! timeout schedules `_on_timeout` (call_at, or call_soon when already due),
//! which cancels the task; on exit a cancellation it caused becomes
//! `TimeoutError` (raised from the CancelledError), after `uncancel()`.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use super::asyncio::{Loop, future_value_ready, raising};
use super::event_loop::loop_of;
use crate::engine::{FutureId, HandleId, Label};
use crate::python::lib::builtins::{arg_count, number_arg};
use crate::python::object::errors::{ExcObj, Res, exc};
use crate::python::object::native::{self, NativeObject};
use crate::python::object::value::Value;
use crate::python::vm::machine::Vm;

/// CPython's `_State`.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Phase {
    Created,
    Entered,
    Expiring,
    Expired,
    Exited,
}

impl Phase {
    /// `_State.value`, as the repr shows it.
    fn name(self) -> &'static str {
        match self {
            Phase::Created => "created",
            Phase::Entered => "active",
            Phase::Expiring => "expiring",
            Phase::Expired => "expired",
            Phase::Exited => "finished",
        }
    }
}

#[derive(Debug)]
struct State {
    phase: Phase,
    when: Option<f64>,
    handler: Option<HandleId>,
    task: Option<FutureId>,
    cancelling: u32,
}

/// An `asyncio.Timeout`.
#[derive(Debug)]
pub struct Timeout(Rc<RefCell<State>>);

impl NativeObject for Timeout {
    fn type_name(&self) -> &'static str {
        "Timeout"
    }
    fn repr(&self) -> String {
        let s = self.0.borrow();
        let info = match (s.phase, s.when) {
            (Phase::Entered, Some(w)) => format!(" when={}", crate::python::object::float_repr::float_repr((w * 1000.0).round() / 1000.0)),
            (Phase::Entered, None) => " when=None".to_string(),
            _ => String::new(),
        };
        format!("<Timeout [{}]{info}>", s.phase.name())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        &["when", "reschedule", "expired"]
    }
}

/// `asyncio.timeout(delay)` (`at` false) or `asyncio.timeout_at(when)`.
pub fn make(vm: &mut Vm, args: &[Value], at: bool) -> Res<Value> {
    arg_count(if at { "timeout_at" } else { "timeout" }, args, 1, 1)?;
    let when = match &args[0] {
        Value::None => None,
        v if at => Some(number_arg(v, "timeout_at")?),
        v => Some(super::event_loop::running_loop_time(vm)? + number_arg(v, "timeout")?),
    };
    let state = State { phase: Phase::Created, when, handler: None, task: None, cancelling: 0 };
    Ok(Value::Native(Rc::new(Timeout(Rc::new(RefCell::new(state))))))
}

/// `Timeout.reschedule(when)`: cancels the pending `_on_timeout` and
/// schedules a new one (call_soon when already due).
fn reschedule(lp: &mut Loop, state: &Rc<RefCell<State>>, when: Option<f64>) -> Res<()> {
    let phase = state.borrow().phase;
    if phase != Phase::Entered {
        return Err(exc("RuntimeError", format!("Cannot change state of {} Timeout", phase.name())));
    }
    if let Some(h) = state.borrow_mut().handler.take() {
        lp.cancel_handle(h)?;
    }
    state.borrow_mut().when = when;
    let Some(when) = when else { return Ok(()) };
    let shared = state.clone();
    let on_timeout = move |lp: &mut Loop, _: &mut crate::python::vm::machine::Interp| -> Res<()> {
        let task = shared.borrow().task;
        if let Some(task) = task {
            lp.cancel(task, None)?;
        }
        let mut s = shared.borrow_mut();
        s.phase = Phase::Expiring;
        s.handler = None;
        Ok(())
    };
    let label = Label::Static("Timeout._on_timeout");
    let h = if when <= lp.time() { lp.call_soon(label, on_timeout) } else { lp.call_at(when, label, on_timeout) };
    state.borrow_mut().handler = Some(h);
    Ok(())
}

/// `async with timeout:` — `__aenter__` (`exc` None, `enter`) or
/// `__aexit__` with the exception the block raised, if any.
pub fn async_with(vm: &mut Vm, manager: &Value, enter: bool, exc_value: Option<&Value>) -> Option<Res<Value>> {
    let Value::Native(n) = manager else { return None };
    let timeout = native::downcast::<Timeout>(n)?;
    let state = timeout.0.clone();
    Some((|| {
        let lp = loop_of(vm)?;
        if enter {
            let task = lp.current_task().ok_or_else(|| exc("RuntimeError", "Timeout should be used inside a task"))?;
            {
                let mut s = state.borrow_mut();
                s.phase = Phase::Entered;
                s.task = Some(task);
            }
            state.borrow_mut().cancelling = lp.task_cancelling(task)?;
            let when = state.borrow().when;
            reschedule(lp, &state, when)?;
            return Ok(future_value_ready(manager.clone()));
        }
        if let Some(h) = state.borrow_mut().handler.take() {
            lp.cancel_handle(h)?;
        }
        let phase = state.borrow().phase;
        if phase == Phase::Expiring {
            state.borrow_mut().phase = Phase::Expired;
            let (task, cancelling) = { let s = state.borrow(); (s.task, s.cancelling) };
            let uncancelled = match task {
                Some(t) => lp.task_uncancel(t)?,
                None => 0,
            };
            if let Some(Value::Exc(cancelled)) = exc_value
                && uncancelled <= cancelling
                && cancelled.kind == "CancelledError"
            {
                let timeout_error = ExcObj::new("TimeoutError", Vec::new());
                *timeout_error.cause.borrow_mut() = Some(cancelled.clone());
                *timeout_error.context.borrow_mut() = Some(cancelled.clone());
                timeout_error.suppress_context.set(true);
                super::library_frames::add_timeout_exit_frame(&timeout_error);
                return Ok(raising(timeout_error));
            }
        } else if phase == Phase::Entered {
            state.borrow_mut().phase = Phase::Exited;
        }
        Ok(future_value_ready(Value::None))
    })())
}

/// Calls method `name` of a Timeout.
pub fn call_method(vm: &mut Vm, timeout: &Timeout, name: &str, args: Vec<Value>) -> Res<Value> {
    let state = timeout.0.clone();
    match name {
        "when" => Ok(state.borrow().when.map_or(Value::None, Value::Float)),
        "expired" => Ok(Value::Bool(matches!(state.borrow().phase, Phase::Expiring | Phase::Expired))),
        "reschedule" => {
            arg_count("reschedule", &args, 1, 1)?;
            let when = match &args[0] {
                Value::None => None,
                v => Some(number_arg(v, "reschedule")?),
            };
            reschedule(loop_of(vm)?, &state, when)?;
            Ok(Value::None)
        }
        other => Err(exc("AttributeError", format!("'Timeout' object has no attribute '{other}'"))),
    }
}

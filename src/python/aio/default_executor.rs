//! The loop's default executor, as base_events.py keeps it:
//! `loop.set_default_executor(executor)` (a ThreadPoolExecutor that
//! `run_in_executor(None, …)` and `asyncio.to_thread` then use), and
//! `await loop.shutdown_default_executor()` (its workers are joined, from a
//! thread of its own in CPython, which takes a thread number; afterwards
//! the loop refuses `run_in_executor(None, …)`).

use super::asyncio::{Loop, PyHost, awaitable};
use super::threads;
use crate::engine::{Coroutine, FutureId, Label, Step};
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::value::Value;
use crate::python::vm::machine::{Interp, Vm};

/// `loop.set_default_executor(executor)`.
pub fn set(vm: &mut Vm, args: &[Value]) -> Res<Value> {
    super::event_loop::method_args("set_default_executor", args, &["executor"])?;
    match threads::thread_pool_executor(&args[0]) {
        Some(e) => {
            threads::set_default_executor(vm, e);
            Ok(Value::None)
        }
        None => type_error("executor must be ThreadPoolExecutor instance"),
    }
}

/// `loop.shutdown_default_executor()` of loop `id`: the coroutine.
pub fn shutdown(vm: &mut Vm, id: usize, args: &[Value]) -> Res<Value> {
    super::event_loop::method_args("shutdown_default_executor", args, &[])?;
    super::event_loop::mark_executor_shutdown(vm, id);
    Ok(awaitable(Box::new(Shutdown { waiting: None })))
}

/// `BaseEventLoop.shutdown_default_executor()`: nothing without a default
/// executor; else its workers are joined and the result comes back to the
/// loop through `call_soon_threadsafe`, so the await takes an iteration.
struct Shutdown {
    waiting: Option<FutureId>,
}

impl Coroutine<PyHost> for Shutdown {
    fn send(&mut self, _value: Value, lp: &mut Loop, st: &mut Interp) -> Step<PyHost> {
        if self.waiting.is_some() {
            return Step::Return(Value::None);
        }
        let mut vm = Vm::new(st, Some(lp));
        match threads::join_default_executor(&mut vm) {
            Ok(false) => Step::Return(Value::None),
            Ok(true) => {
                let f = lp.create_future();
                lp.call_soon_threadsafe(Label::Static("Future.set_result"), move |lp, _| {
                    if !lp.future_done(f)? {
                        lp.set_result(f, Value::None)?;
                    }
                    Ok(())
                });
                self.waiting = Some(f);
                Step::Await(f)
            }
            Err(e) => Step::Raise(e),
        }
    }
    fn throw(&mut self, e: std::rc::Rc<crate::python::object::errors::ExcObj>, _lp: &mut Loop, _st: &mut Interp) -> Step<PyHost> {
        Step::Raise(e)
    }
    fn describe(&self) -> String {
        "BaseEventLoop.shutdown_default_executor()".to_string()
    }
}

/// `_check_default_executor`: `run_in_executor(None, …)` after
/// `shutdown_default_executor()`.
pub fn check(vm: &mut Vm) -> Res<()> {
    match super::event_loop::running_loop_id(vm) {
        Some(id) if super::event_loop::executor_shutdown_called(vm, id) => Err(exc("RuntimeError", "Executor shutdown has been called")),
        _ => Ok(()),
    }
}

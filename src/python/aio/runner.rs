//! `asyncio.Runner` (3.11 runners.py): one event loop for several
//! `runner.run(coro)` calls, closed (tasks cancelled, async generators and
//! the default executor shut down) by `close()` or at the end of `with`.
//!
//! Invariants: the loop is made on the first `run()` / `get_loop()` /
//! `__enter__` (`_lazy_init`) and is current while the runner is open;
//! once closed, every method but `close()` raises "Runner is closed".

use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;

use super::asyncio::main_coroutine;
use super::event_loop::{has_running_loop, loop_value, new_loop, run_loop, set_event_loop};
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::native::NativeObject;
use crate::python::object::value::Value;
use crate::python::vm::machine::Vm;

/// An `asyncio.Runner()`.
#[derive(Debug, Default)]
pub struct Runner {
    /// The loop, once made.
    loop_id: Cell<Option<usize>>,
    closed: Cell<bool>,
    /// `Runner(debug=…)`: None leaves the loop's default.
    debug: Option<bool>,
}

impl NativeObject for Runner {
    fn type_name(&self) -> &'static str {
        "Runner"
    }
    fn methods(&self) -> &'static [&'static str] {
        &["run", "close", "get_loop"]
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `asyncio.Runner(*, debug=None, loop_factory=None)`.
pub fn make(kwargs: &[(Rc<str>, Value)]) -> Res<Value> {
    let mut debug = None;
    for (k, v) in kwargs {
        match (&**k, v) {
            ("debug", Value::None) | ("loop_factory", Value::None) => {}
            ("debug", v) => debug = Some(v.truthy()),
            ("loop_factory", _) => return Err(exc("NotImplementedError", "looplab's asyncio.Runner makes its own loop")),
            (other, _) => return type_error(format!("Runner.__init__() got an unexpected keyword argument '{other}'")),
        }
    }
    Ok(Value::Native(Rc::new(Runner { debug, ..Runner::default() })))
}

impl Runner {
    /// `_lazy_init`: the runner's loop, made (and set current) on first use.
    fn loop_id(&self, vm: &mut Vm) -> Res<usize> {
        if self.closed.get() {
            return Err(exc("RuntimeError", "Runner is closed"));
        }
        if let Some(id) = self.loop_id.get() {
            return Ok(id);
        }
        let id = new_loop(vm);
        if let Some(debug) = self.debug {
            super::event_loop::set_debug(vm, id, debug)?;
        }
        let value = loop_value(vm, id);
        set_event_loop(vm, &value)?;
        self.loop_id.set(Some(id));
        Ok(id)
    }
}

/// `runner.run(coro)`, `runner.close()`, `runner.get_loop()`, and the
/// `with` statement's `__enter__` / `__exit__`.
pub fn call_method(vm: &mut Vm, runner: &Runner, recv: &Value, name: &str, args: Vec<Value>) -> Res<Value> {
    match name {
        "run" => {
            let [coro] = args.as_slice() else {
                return type_error(format!("Runner.run() takes 2 positional arguments but {} were given", args.len() + 1));
            };
            let main = main_coroutine(coro)?;
            if has_running_loop(vm) {
                return Err(exc("RuntimeError", "Runner.run() cannot be called from a running event loop"));
            }
            let id = runner.loop_id(vm)?;
            let result = super::debug::inside(vm, &super::debug::RUNNER_RUN_FRAMES, |vm| {
                run_loop(vm, id, |lp, st| {
                    if lp.get_debug() {
                        lp.set_next_task_origin(super::debug::in_asyncio(super::debug::RUNNER));
                    }
                    crate::engine::run::run_main(lp, main, st)
                })
            });
            if let Err(e) = &result
                && vm.stopped.is_none()
            {
                super::library_frames::add_run_frames(e);
            }
            vm.unless_halted(result)
        }
        "get_loop" => {
            let id = runner.loop_id(vm)?;
            Ok(loop_value(vm, id))
        }
        "close" | "__exit__" => {
            close(vm, runner)?;
            Ok(Value::None)
        }
        "__enter__" => {
            runner.loop_id(vm)?;
            Ok(recv.clone())
        }
        other => Err(exc("AttributeError", format!("'Runner' object has no attribute '{other}'"))),
    }
}

/// `Runner.close()`: nothing to do unless a loop was made.
fn close(vm: &mut Vm, runner: &Runner) -> Res<()> {
    let Some(id) = runner.loop_id.take() else {
        runner.closed.set(true);
        return Ok(());
    };
    runner.closed.set(true);
    let result = run_loop(vm, id, |lp, st| {
        let shutdown = Box::new(super::asyncgens::ShutdownAsyncgens::default());
        let closed = crate::engine::run::shut_down(lp, shutdown, st);
        super::threads::shutdown_default_executor(&mut Vm::new(st, Some(lp)))?;
        closed.map(|_| Value::None)
    });
    set_event_loop(vm, &Value::None)?;
    vm.unless_halted(result).map(|_| ())
}

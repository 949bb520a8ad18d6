//! The event loop's async generator hooks, as Lib/asyncio/base_events.py
//! installs them while a loop runs: `_asyncgen_firstiter_hook` (the loop
//! remembers each async generator first iterated on it),
//! `_asyncgen_finalizer_hook` (one dropped unfinished gets `aclose()` as a
//! task through `call_soon_threadsafe`) and `shutdown_asyncgens()` (which
//! `asyncio.run` awaits at the end: every one still alive is closed, so
//! their `finally` blocks run).

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use crate::engine::{Coroutine, FutureId, Label, Step};
use crate::python::object::errors::{ExcObj, Res, is_subclass};
use crate::python::object::frame::GenState;
use crate::python::object::native::NativeObject;
use crate::python::object::value::Value;
use crate::python::vm::asyncgen;
use crate::python::vm::library::AwaitOutcome;
use crate::python::vm::machine::{Interp, Vm};

use super::asyncio::{Loop, PyHost, as_future};
use super::event_loop::{has_running_loop, loop_id, running_loop_value};

/// The async generators each loop's first-iteration hook saw (CPython:
/// `loop._asyncgens`, a WeakSet), kept in the interpreter's extensions.
#[derive(Debug, Default)]
struct AsyncGens {
    /// (loop id, generator), in the order they were first iterated.
    seen: Vec<(usize, Weak<RefCell<GenState>>)>,
}

/// `_asyncgen_firstiter_hook`: while a loop runs, it remembers `agen` and
/// becomes its finalizer.
pub fn first_iter(vm: &mut Vm, agen: &Rc<RefCell<GenState>>) -> Res<()> {
    if !has_running_loop(vm) {
        return Ok(());
    }
    let lp = running_loop_value(vm)?;
    let Some(id) = loop_id(&lp) else { return Ok(()) };
    agen.borrow_mut().finalizer = Some(lp);
    vm.ext.get_mut::<AsyncGens>().seen.push((id, Rc::downgrade(agen)));
    Ok(())
}

/// `_asyncgen_finalizer_hook`: `agen` was dropped unfinished; unless its
/// loop is closed, `loop.call_soon_threadsafe(loop.create_task, agen.aclose())`.
pub fn finalize(vm: &mut Vm, agen: Rc<RefCell<GenState>>, finalizer: Value) {
    let Some(id) = loop_id(&finalizer) else { return };
    let Ok(aclose) = asyncgen::athrow(vm, &agen, None) else { return };
    let Value::Native(aw) = aclose else { return };
    let schedule = move |lp: &mut Loop| {
        if lp.is_closed() {
            return;
        }
        lp.call_soon_threadsafe(Label::Static("BaseEventLoop.create_task"), move |lp, _| {
            lp.create_task(Box::new(AwaitableTask(aw)), None);
            Ok(())
        });
    };
    let _ = super::event_loop::with_loop(vm, id, schedule);
}

/// A task's coroutine that is one of the async generator awaitables
/// (`create_task(agen.aclose())`, `create_task(anext(agen))`): CPython's
/// Task accepts them, as they have `send`, `throw` and `close`.
pub struct AwaitableTask(pub Rc<dyn NativeObject>);

impl AwaitableTask {
    fn step(&mut self, value: Value, thrown: Option<Rc<ExcObj>>, lp: &mut Loop, st: &mut Interp) -> Step<PyHost> {
        let mut vm = Vm::new(st, Some(lp));
        match vm.drive_native(&self.0, value, thrown) {
            Ok(AwaitOutcome::Suspend(m)) => match as_future(&m) {
                Some(f) => Step::Await(f),
                None => Step::Yield,
            },
            Ok(AwaitOutcome::Done(v)) => Step::Return(v),
            Err(e) => Step::Raise(e),
        }
    }
}

impl Coroutine<PyHost> for AwaitableTask {
    fn send(&mut self, value: Value, lp: &mut Loop, st: &mut Interp) -> Step<PyHost> {
        self.step(value, None, lp, st)
    }
    fn throw(&mut self, e: Rc<ExcObj>, lp: &mut Loop, st: &mut Interp) -> Step<PyHost> {
        self.step(Value::None, Some(e), lp, st)
    }
    fn describe(&self) -> String {
        self.0.type_name().to_string()
    }
    fn current_line(&self) -> Option<u32> {
        asyncgen::awaitable_line(&self.0)
    }
}

/// `loop.shutdown_asyncgens()` for the loop that runs it: `aclose()` on
/// every async generator still alive that the loop saw, gathered with
/// `return_exceptions=True`; an Exception one raised goes to the loop's
/// exception handler.
#[derive(Default)]
pub struct ShutdownAsyncgens {
    closing: Vec<Rc<RefCell<GenState>>>,
    gathered: Option<FutureId>,
}

impl ShutdownAsyncgens {
    fn start(&mut self, lp: &mut Loop, st: &mut Interp) -> Step<PyHost> {
        let id = super::event_loop::running_loop_id(st);
        let seen = std::mem::take(&mut st.ext.get_mut::<AsyncGens>().seen);
        let (mine, others): (Vec<_>, Vec<_>) = seen.into_iter().partition(|(l, _)| Some(*l) == id);
        st.ext.get_mut::<AsyncGens>().seen = others;
        self.closing = mine.into_iter().filter_map(|(_, w)| w.upgrade()).collect();
        if self.closing.is_empty() {
            return Step::Return(Value::None);
        }
        let mut vm = Vm::new(st, Some(lp));
        let mut awaitables = Vec::new();
        for agen in &self.closing {
            match asyncgen::athrow(&mut vm, agen, None) {
                Ok(Value::Native(aw)) => awaitables.push(aw),
                Ok(_) => {}
                Err(e) => return Step::Raise(e),
            }
        }
        let tasks = awaitables.into_iter().map(|aw| lp.create_task(Box::new(AwaitableTask(aw)), None)).collect();
        match lp.gather(tasks, true) {
            Ok(g) => {
                self.gathered = Some(g);
                Step::Await(g)
            }
            Err(e) => Step::Raise(e),
        }
    }

    fn report(&mut self, lp: &mut Loop) -> Step<PyHost> {
        let Some(g) = self.gathered else { return Step::Return(Value::None) };
        let results = match lp.future_result(g) {
            Ok(Value::List(l)) => l.borrow().clone(),
            Ok(_) => Vec::new(),
            Err(e) => return Step::Raise(e),
        };
        for (result, agen) in results.iter().zip(&self.closing) {
            if let Value::Exc(e) = result
                && is_subclass(e.kind, "Exception")
            {
                let message = format!(
                    "an error occurred during closing of asynchronous generator {}",
                    Value::Gen(agen.clone()).repr()
                );
                lp.call_exception_handler_with(message, Some(e.clone()), vec![("asyncgen", Value::Gen(agen.clone()))]);
            }
        }
        Step::Return(Value::None)
    }
}

impl Coroutine<PyHost> for ShutdownAsyncgens {
    fn send(&mut self, _value: Value, lp: &mut Loop, st: &mut Interp) -> Step<PyHost> {
        if self.gathered.is_none() {
            return self.start(lp, st);
        }
        self.report(lp)
    }
    fn throw(&mut self, e: Rc<ExcObj>, _lp: &mut Loop, _st: &mut Interp) -> Step<PyHost> {
        Step::Raise(e)
    }
    fn describe(&self) -> String {
        "shutdown_asyncgens()".to_string()
    }
}

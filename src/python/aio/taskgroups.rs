//! `asyncio.TaskGroup` (3.11 Lib/asyncio/taskgroups.py): tasks made in the
//! group are awaited when the `async with` block exits; the first one that
//! fails cancels the others and the parent, and the failures are raised
//! together as an ExceptionGroup.
//!
//! Invariants: `tasks` holds the group's unfinished tasks in creation order
//! (CPython keeps a set, whose order follows addresses: looplab cancels in
//! creation order); `on_completed` is set only while `__aexit__` waits and
//! some task is unfinished; `errors` is emptied when the group raises.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use super::asyncio::{Loop, PyHost, awaitable, future_value, future_value_ready};
use super::event_loop::loop_of;
use crate::engine::{Coroutine, FutureId, Label, Step};
use crate::python::object::errors::{ExcObj, Res, exc, is_subclass, type_error};
use crate::python::object::native::NativeObject;
use crate::python::object::value::Value;
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::{Interp, Vm};

#[derive(Debug, Default)]
struct State {
    entered: bool,
    exiting: bool,
    aborting: bool,
    parent: Option<FutureId>,
    parent_cancel_requested: bool,
    tasks: Vec<FutureId>,
    errors: Vec<Rc<ExcObj>>,
    base_error: Option<Rc<ExcObj>>,
    on_completed: Option<FutureId>,
}

/// An `asyncio.TaskGroup()`.
#[derive(Debug, Default)]
pub struct TaskGroup(Rc<RefCell<State>>);

impl NativeObject for TaskGroup {
    fn type_name(&self) -> &'static str {
        "TaskGroup"
    }
    fn methods(&self) -> &'static [&'static str] {
        &["create_task"]
    }
    fn repr(&self) -> String {
        let s = self.0.borrow();
        let mut info = vec![String::new()];
        if !s.tasks.is_empty() {
            info.push(format!("tasks={}", s.tasks.len()));
        }
        if !s.errors.is_empty() {
            info.push(format!("errors={}", s.errors.len()));
        }
        if s.aborting {
            info.push("cancelling".into());
        } else if s.entered {
            info.push("entered".into());
        }
        format!("<TaskGroup{}>", info.join(" "))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `asyncio.TaskGroup()`.
pub fn make() -> Value {
    Value::Native(Rc::new(TaskGroup::default()))
}

/// `SystemExit` and `KeyboardInterrupt` end the group at once.
fn is_base_error(e: &ExcObj) -> bool {
    is_subclass(e.kind, "SystemExit") || is_subclass(e.kind, "KeyboardInterrupt")
}

fn is_cancelled_error(e: &ExcObj) -> bool {
    is_subclass(e.kind, "CancelledError")
}

/// `tg.create_task(coro, *, name=None, context=None)`.
pub fn call_method(vm: &mut Vm, tg: &TaskGroup, name: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    if name != "create_task" {
        return Err(exc("AttributeError", format!("'TaskGroup' object has no attribute '{name}'")));
    }
    let [coro] = args.as_slice() else {
        return type_error(format!("TaskGroup.create_task() takes 2 positional arguments but {} were given", args.len() + 1));
    };
    let mut task_name = None;
    for (k, v) in kwargs {
        match (&*k, v) {
            ("name", Value::None) | ("context", _) => {}
            ("name", v) => task_name = Some(v.to_str()),
            (other, _) => return type_error(format!("TaskGroup.create_task() got an unexpected keyword argument '{other}'")),
        }
    }
    {
        let s = tg.0.borrow();
        let shown = tg.repr();
        if !s.entered {
            return Err(exc("RuntimeError", format!("TaskGroup {shown} has not been entered")));
        }
        if s.exiting && s.tasks.is_empty() {
            return Err(exc("RuntimeError", format!("TaskGroup {shown} is finished")));
        }
        if s.aborting {
            return Err(exc("RuntimeError", format!("TaskGroup {shown} is shutting down")));
        }
    }
    if !super::asyncio::task_takes(coro) {
        let shown = crate::python::vm::instances::display(vm, coro, true)?;
        return type_error(format!("a coroutine was expected, got {shown}"));
    }
    let task = super::asyncio::as_task(vm, coro)?;
    super::debug::record(vm, task, &super::debug::TASK_GROUP_FRAMES)?;
    let lp = loop_of(vm)?;
    if let Some(n) = task_name {
        lp.set_task_name(task, n)?;
    }
    let state = tg.0.clone();
    lp.add_done_callback(task, Label::Static("TaskGroup._on_task_done"), move |lp, st, t| {
        on_task_done(&state, lp, st, t)
    })?;
    tg.0.borrow_mut().tasks.push(task);
    Ok(future_value(lp, task))
}

/// `async with tg`: `__aenter__` (enter) or `__aexit__` as an awaitable.
pub fn async_with(vm: &mut Vm, manager: &Value, tg: &TaskGroup, enter: bool, exc_value: Option<&Value>) -> Res<Value> {
    if !enter {
        let exc = match exc_value {
            Some(Value::Exc(e)) => Some(e.clone()),
            _ => None,
        };
        return Ok(awaitable(Box::new(Exit { tg: tg.0.clone(), exc, started: false, propagate: None })));
    }
    if tg.0.borrow().entered {
        return Err(exc("RuntimeError", format!("TaskGroup {} has already been entered", tg.repr())));
    }
    let parent = loop_of(vm)?.current_task();
    let Some(parent) = parent else {
        return Err(exc("RuntimeError", format!("TaskGroup {} cannot determine the parent task", tg.repr())));
    };
    let mut s = tg.0.borrow_mut();
    s.parent = Some(parent);
    s.entered = true;
    Ok(future_value_ready(manager.clone()))
}

/// `TaskGroup._abort`: cancels every unfinished task.
fn abort(state: &Rc<RefCell<State>>, lp: &mut Loop) -> Res<()> {
    let tasks = {
        let mut s = state.borrow_mut();
        s.aborting = true;
        s.tasks.clone()
    };
    for t in tasks {
        if !lp.future_done(t)? {
            lp.cancel(t, None)?;
        }
    }
    Ok(())
}

/// `TaskGroup._on_task_done`.
fn on_task_done(state: &Rc<RefCell<State>>, lp: &mut Loop, st: &mut Interp, task: FutureId) -> Res<()> {
    let completed = {
        let mut s = state.borrow_mut();
        s.tasks.retain(|t| *t != task);
        s.on_completed.filter(|_| s.tasks.is_empty())
    };
    if let Some(f) = completed
        && !lp.future_done(f)?
    {
        lp.set_result(f, Value::Bool(true))?;
    }
    if lp.future_cancelled(task)? {
        return Ok(());
    }
    let Some(error) = lp.future_exception(task)? else { return Ok(()) };
    let parent = {
        let mut s = state.borrow_mut();
        s.errors.push(error.clone());
        if is_base_error(&error) && s.base_error.is_none() {
            s.base_error = Some(error.clone());
        }
        s.parent
    };
    let Some(parent) = parent else { return Ok(()) };
    if lp.future_done(parent)? {
        let mut vm = Vm::new(st, Some(lp));
        let task_repr = super::reprs::future_repr_in(&mut vm, task)?;
        let parent_repr = super::reprs::future_repr_in(&mut vm, parent)?;
        let lp = loop_of(&mut vm)?;
        let task_value = super::asyncio::future_value(lp, task);
        lp.call_exception_handler_with(
            format!("Task {task_repr} has errored out but its parent task {parent_repr} is already completed"),
            Some(error),
            vec![("task", task_value)],
        );
        return Ok(());
    }
    let (aborting, requested) = {
        let s = state.borrow();
        (s.aborting, s.parent_cancel_requested)
    };
    if !aborting && !requested {
        abort(state, lp)?;
        state.borrow_mut().parent_cancel_requested = true;
        lp.cancel(parent, None)?;
    }
    Ok(())
}

/// `TaskGroup.__aexit__`: waits for every task, then raises what the group
/// collected.
struct Exit {
    tg: Rc<RefCell<State>>,
    exc: Option<Rc<ExcObj>>,
    started: bool,
    propagate: Option<Rc<ExcObj>>,
}

impl Exit {
    fn start(&mut self, lp: &mut Loop) -> Res<()> {
        let (requested, parent) = {
            let mut s = self.tg.borrow_mut();
            s.exiting = true;
            if let Some(e) = &self.exc
                && is_base_error(e)
                && s.base_error.is_none()
            {
                s.base_error = Some(e.clone());
            }
            (s.parent_cancel_requested, s.parent)
        };
        self.propagate = self.exc.clone().filter(|e| is_cancelled_error(e));
        if requested
            && let Some(p) = parent
            && lp.task_uncancel(p)? == 0
        {
            self.propagate = None;
        }
        if self.exc.is_some() && !self.tg.borrow().aborting {
            abort(&self.tg, lp)?;
        }
        Ok(())
    }

    /// Waits while tasks are unfinished, then ends as CPython's `__aexit__`.
    fn wait_or_finish(&mut self, lp: &mut Loop, st: &mut Interp) -> Step<PyHost> {
        if !self.tg.borrow().tasks.is_empty() {
            let existing = self.tg.borrow().on_completed;
            let f = match existing {
                Some(f) => f,
                None => {
                    let f = lp.create_future();
                    lp.name_future(f, crate::engine::future::MadeBy::Static("TaskGroup"));
                    self.tg.borrow_mut().on_completed = Some(f);
                    f
                }
            };
            return Step::Await(f);
        }
        let (base, errors) = {
            let mut s = self.tg.borrow_mut();
            (s.base_error.clone(), std::mem::take(&mut s.errors))
        };
        if let Some(e) = base {
            return Step::Raise(raised_at(e, 129, "raise self._base_error"));
        }
        if let Some(e) = self.propagate.take()
            && errors.is_empty()
        {
            return Step::Raise(raised_at(e, 134, "raise propagate_cancellation_error"));
        }
        let mut errors = errors;
        if let Some(e) = &self.exc
            && !is_cancelled_error(e)
        {
            errors.push(e.clone());
        }
        if errors.is_empty() {
            return Step::Return(Value::None);
        }
        let items = Value::list(errors.into_iter().map(Value::Exc).collect());
        let mut vm = Vm::new(st, Some(lp));
        let lib = vm.lib;
        match lib.call_type(&mut vm, "BaseExceptionGroup", vec![Value::str("unhandled errors in a TaskGroup"), items], Vec::new()) {
            Ok(Value::Exc(group)) => {
                group.suppress_context.set(true);
                Step::Raise(raised_at(group, 145, "raise me from None"))
            }
            Ok(other) => Step::Raise(exc("TypeError", format!("BaseExceptionGroup() made {}", other.type_name()))),
            Err(e) => Step::Raise(e),
        }
    }
}

/// `e` raised at `line` of taskgroups.py's `__aexit__`: its traceback
/// shows that frame, as CPython's does.
fn raised_at(e: Rc<ExcObj>, line: u32, text: &'static str) -> Rc<ExcObj> {
    let entry = crate::python::object::traceback::TbEntry::library("asyncio/taskgroups.py", line, "__aexit__", text, None);
    e.traceback.borrow_mut().push(entry);
    e
}

impl Coroutine<PyHost> for Exit {
    fn send(&mut self, _value: Value, lp: &mut Loop, st: &mut Interp) -> Step<PyHost> {
        if !self.started {
            self.started = true;
            if let Err(e) = self.start(lp) {
                return Step::Raise(e);
            }
        } else {
            self.tg.borrow_mut().on_completed = None;
        }
        self.wait_or_finish(lp, st)
    }
    fn throw(&mut self, e: Rc<ExcObj>, lp: &mut Loop, st: &mut Interp) -> Step<PyHost> {
        if !self.started || !is_cancelled_error(&e) {
            return Step::Raise(e);
        }
        if !self.tg.borrow().aborting {
            self.propagate = Some(e);
            if let Err(e) = abort(&self.tg, lp) {
                return Step::Raise(e);
            }
        }
        self.tg.borrow_mut().on_completed = None;
        self.wait_or_finish(lp, st)
    }
    fn describe(&self) -> String {
        "TaskGroup.__aexit__()".into()
    }
}

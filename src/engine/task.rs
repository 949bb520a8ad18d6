//! Tasks (`asyncio.Task`): a future that drives a [`Coroutine`], mirroring CPython
//! 3.11's `Task.__step` / `Task.__wakeup` / `Task.cancel` exactly.
//!
//! Invariants: the coroutine is taken out of its slot while it is being stepped (so
//! the engine stays usable through `&mut EventLoop`); `fut_waiter` is the future the
//! task is suspended on; names are `Task-N` with N from the shared [`super::Runtime`].

use super::handle::Label;
use super::trace::TraceKind;
use super::{EventLoop, FutureId, FutureState, Host};

/// What a coroutine did when sent a value / thrown an exception.
#[derive(Debug)]
pub enum Step<H: Host> {
    /// A bare `yield` (e.g. `sleep(0)`): the task runs again next iteration.
    Yield,
    /// Suspend until this (pending) future is done.
    Await(FutureId),
    /// The coroutine returned (`StopIteration(value)`).
    Return(H::Value),
    /// The coroutine raised.
    Raise(H::Exception),
}

/// A resumable computation a task drives (the VM implements it with suspended frames).
pub trait Coroutine<H: Host> {
    /// `coro.send(value)`.
    fn send(&mut self, value: H::Value, lp: &mut EventLoop<H>, cx: &mut H::Cx) -> Step<H>;
    /// `coro.throw(exc)`. Note: throwing into a coroutine that has not started yet
    /// must raise `exc` at once without running any of its code (Python semantics;
    /// this happens when a task is cancelled before its first step).
    fn throw(&mut self, exc: H::Exception, lp: &mut EventLoop<H>, cx: &mut H::Cx) -> Step<H>;
    /// e.g. `main()`, for repr and the page.
    fn describe(&self) -> String;
    /// The line it is suspended at, for the page.
    fn current_line(&self) -> Option<u32> {
        None
    }
    /// The coroutine as the host made it, for the host's own reprs.
    fn as_any(&self) -> Option<&dyn std::any::Any> {
        None
    }
}

/// A task's name: `Task-N` made only when read (a run may make a hundred
/// thousand tasks nobody names), or the one given.
#[derive(Debug, Clone)]
pub(crate) enum TaskName {
    /// `Task-N`.
    Numbered(u64),
    /// `create_task(name=...)`, `set_name(...)`.
    Given(Box<str>),
}

impl TaskName {
    /// The name.
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        match self {
            TaskName::Numbered(n) => format!("Task-{n}").into(),
            TaskName::Given(name) => (**name).into(),
        }
    }
}

/// The task part of a future entry.
pub(crate) struct TaskData<H: Host> {
    pub coro: Option<Box<dyn Coroutine<H>>>,
    pub name: TaskName,
    /// `main()`: shared by the tasks of one coroutine function made in a row.
    pub describe: std::rc::Rc<str>,
    pub must_cancel: bool,
    pub cancel_message: Option<String>,
    pub fut_waiter: Option<FutureId>,
    pub num_cancels_requested: u32,
    pub running: bool,
}

impl<H: Host> EventLoop<H> {
    /// `loop.create_task(coro, name=name)`: schedules the first step with call_soon.
    pub fn create_task(&mut self, coro: Box<dyn Coroutine<H>>, name: Option<String>) -> FutureId {
        let f = self.create_future();
        if let Some(origin) = self.next_task_origin.take() {
            self.set_origin(f, origin);
        }
        let name = match name {
            Some(name) => TaskName::Given(name.into()),
            None => {
                let n = self.runtime.task_counter.get() + 1;
                self.runtime.task_counter.set(n);
                TaskName::Numbered(n)
            }
        };
        let describe = self.shared_describe(coro.describe());
        if self.trace.is_some() {
            let (n, d) = (name.text().into_owned(), describe.to_string());
            self.emit(|| TraceKind::TaskCreated { task: n, coro: d });
        }
        self.futures[f.0 as usize].task = Some(Box::new(TaskData {
            coro: Some(coro),
            name,
            describe,
            must_cancel: false,
            cancel_message: None,
            fut_waiter: None,
            num_cancels_requested: 0,
            running: false,
        }));
        self.tasks.push(f);
        self.call_soon(Label::TaskStep(f), move |lp, cx| lp.task_step(f, Ok(H::none()), cx));
        f
    }
    /// `text` as an `Rc<str>`, the same one as the last task's when the
    /// text is the same (a loop making many tasks of one coroutine function).
    fn shared_describe(&mut self, text: String) -> std::rc::Rc<str> {
        match &self.last_describe {
            Some(last) if **last == *text => last.clone(),
            _ => {
                let shared: std::rc::Rc<str> = text.into();
                self.last_describe = Some(shared.clone());
                shared
            }
        }
    }
    pub(crate) fn task_data(&self, t: FutureId) -> Result<&TaskData<H>, H::Exception> {
        self.check_future(t)?.task.as_deref().ok_or_else(|| H::runtime_error("not a task"))
    }
    pub(crate) fn task_data_mut(&mut self, t: FutureId) -> Result<&mut TaskData<H>, H::Exception> {
        self.entry_mut(t)?.task.as_deref_mut().ok_or_else(|| H::runtime_error("not a task"))
    }
    /// Is this future a task?
    pub fn is_task(&self, f: FutureId) -> bool {
        self.futures.get(f.0 as usize).is_some_and(|e| e.task.is_some())
    }
    /// Is this future `gather`'s `_GatheringFuture`?
    pub fn is_gathering(&self, f: FutureId) -> bool {
        self.futures.get(f.0 as usize).is_some_and(|e| e.gathering.is_some())
    }
    /// `task.get_name()`.
    pub fn task_name(&self, t: FutureId) -> Result<String, H::Exception> {
        Ok(self.task_data(t)?.name.text().into_owned())
    }
    /// `task.set_name()`.
    pub fn set_task_name(&mut self, t: FutureId, name: String) -> Result<(), H::Exception> {
        self.task_data_mut(t)?.name = TaskName::Given(name.into());
        Ok(())
    }
    /// `task.get_coro()` description.
    pub fn task_describe(&self, t: FutureId) -> Result<String, H::Exception> {
        Ok(self.task_data(t)?.describe.to_string())
    }
    /// The future the task waits on (`_fut_waiter`).
    pub fn task_waiter(&self, t: FutureId) -> Result<Option<FutureId>, H::Exception> {
        Ok(self.task_data(t)?.fut_waiter)
    }
    /// `asyncio.current_task()`.
    pub fn current_task(&self) -> Option<FutureId> {
        self.current_task
    }
    /// `asyncio.all_tasks()`: tasks not done, in creation order.
    pub fn all_tasks(&self) -> Vec<FutureId> {
        self.tasks.iter().copied().filter(|t| matches!(self.futures[t.0 as usize].state, FutureState::Pending)).collect()
    }
    /// `task.cancelling()`.
    pub fn task_cancelling(&self, t: FutureId) -> Result<u32, H::Exception> {
        Ok(self.task_data(t)?.num_cancels_requested)
    }
    /// `task.uncancel()`.
    pub fn task_uncancel(&mut self, t: FutureId) -> Result<u32, H::Exception> {
        let td = self.task_data_mut(t)?;
        if td.num_cancels_requested > 0 {
            td.num_cancels_requested -= 1;
        }
        Ok(td.num_cancels_requested)
    }
    /// `Task.cancel(msg)` (3.11).
    pub(crate) fn task_cancel(&mut self, t: FutureId, msg: Option<String>) -> Result<bool, H::Exception> {
        if self.future_done(t)? {
            return Ok(false);
        }
        let td = self.task_data_mut(t)?;
        td.num_cancels_requested += 1;
        let waiter = td.fut_waiter;
        if self.trace.is_some() {
            let n = self.task_name(t)?;
            self.emit(|| TraceKind::TaskCancelRequested { task: n });
        }
        if let Some(w) = waiter
            && self.cancel(w, msg.clone())? {
                return Ok(true);
            }
        let td = self.task_data_mut(t)?;
        td.must_cancel = true;
        td.cancel_message = msg;
        Ok(true)
    }

    /// `Task.__step(exc)`.
    /// The value sent is the awaited future's result (the VM's `await` yields it).
    pub(crate) fn task_step(&mut self, t: FutureId, input: Result<H::Value, H::Exception>, cx: &mut H::Cx) -> Result<(), H::Exception> {
        if self.future_done(t)? {
            return Err(H::invalid_state_error("_step(): already done"));
        }
        let td = self.task_data_mut(t)?;
        let (mut exc, value) = match input {
            Ok(v) => (None, v),
            Err(e) => (Some(e), H::none()),
        };
        if td.must_cancel {
            if !exc.as_ref().is_some_and(|e| H::is_cancelled_error(e)) {
                exc = Some(H::cancelled_error(td.cancel_message.clone()));
            }
            td.must_cancel = false;
        }
        td.fut_waiter = None;
        let Some(mut coro) = td.coro.take() else {
            return Err(H::runtime_error("task coroutine is already running"));
        };
        td.running = true;
        if self.trace.is_some() {
            let n = self.task_name(t)?;
            let thrown = exc.as_ref().map(|e| H::describe_exception(e));
            self.emit(|| TraceKind::TaskStepped { task: n, thrown });
        }
        let prev = self.current_task.replace(t);
        let step = match exc {
            None => coro.send(value, self, cx),
            Some(e) => coro.throw(e, self, cx),
        };
        self.current_task = prev;
        let td = self.task_data_mut(t)?;
        td.coro = Some(coro);
        td.running = false;
        match step {
            Step::Return(v) => {
                let td = self.task_data_mut(t)?;
                if td.must_cancel {
                    td.must_cancel = false;
                    let m = td.cancel_message.clone();
                    self.future_cancel_plain(t, m, None)?;
                } else {
                    self.set_result(t, v)?;
                }
                self.trace_task_end(t);
            }
            Step::Raise(e) => {
                if H::is_cancelled_error(&e) {
                    self.future_cancel_plain(t, None, Some(e))?;
                } else {
                    self.set_exception(t, e)?;
                }
                self.trace_task_end(t);
            }
            Step::Yield => {
                if self.trace.is_some() {
                    let n = self.task_name(t)?;
                    self.emit(|| TraceKind::TaskSuspended { task: n, on: "yield".into() });
                }
                self.call_soon(Label::TaskStep(t), move |lp, cx| lp.task_step(t, Ok(H::none()), cx));
            }
            Step::Await(f) => {
                if f == t {
                    let e = H::runtime_error("Task cannot await on itself");
                    self.call_soon(Label::TaskStep(t), move |lp, cx| lp.task_step(t, Err(e), cx));
                    return Ok(());
                }
                self.check_future(f)?;
                self.add_done_callback(f, Label::TaskWakeup(t), move |lp, cx, fut| lp.task_wakeup(t, fut, cx))?;
                if self.trace.is_some() {
                    let n = self.task_name(t)?;
                    let on = if self.is_task(f) { self.task_name(f)? } else { format!("fut-{}", f.0) };
                    self.emit(|| TraceKind::TaskSuspended { task: n, on });
                }
                let td = self.task_data_mut(t)?;
                td.fut_waiter = Some(f);
                if td.must_cancel {
                    let m = td.cancel_message.clone();
                    if self.cancel(f, m)? {
                        self.task_data_mut(t)?.must_cancel = false;
                    }
                }
            }
        }
        Ok(())
    }

    fn trace_task_end(&mut self, t: FutureId) {
        if self.trace.is_some() {
            let n = self.task_name(t).unwrap_or_default();
            let how = match &self.futures[t.0 as usize].state {
                FutureState::Result(v) => format!("done {}", H::describe_value(v)),
                FutureState::Exception(e) => format!("failed {}", H::describe_exception(e)),
                _ => "cancelled".to_string(),
            };
            self.emit(|| TraceKind::TaskDone { task: n, how });
        }
    }

    /// `Task.__wakeup(future)`.
    pub(crate) fn task_wakeup(&mut self, t: FutureId, fut: FutureId, cx: &mut H::Cx) -> Result<(), H::Exception> {
        let r = self.future_result(fut);
        self.task_step(t, r, cx)
    }
}

//! Futures (`asyncio.Future`): result / exception / cancel / done callbacks.
//!
//! Invariants: a future leaves `Pending` at most once; its done callbacks are
//! scheduled with `call_soon` (in registration order) at that moment and then dropped.

use super::handle::Label;
use super::task::TaskData;
use super::trace::TraceKind;
use super::{EventLoop, FutureId, Host};

/// Identifies a done callback (for `remove_done_callback`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CallbackId(pub u64);

/// A done callback: receives the finished future.
pub type DoneCallback<H> = Box<dyn FnOnce(&mut EventLoop<H>, &mut <H as Host>::Cx, FutureId) -> Result<(), <H as Host>::Exception>>;

/// The state of a future.
#[derive(Debug)]
pub enum FutureState<H: Host> {
    /// Not done.
    Pending,
    /// Done with a result.
    Result(H::Value),
    /// Done with an exception.
    Exception(H::Exception),
    /// Cancelled, with the cancel message and (tasks) the CancelledError raised inside.
    Cancelled(Option<String>, Option<H::Exception>),
}

impl<H: Host> Clone for FutureState<H> {
    fn clone(&self) -> Self {
        match self {
            FutureState::Pending => FutureState::Pending,
            FutureState::Result(v) => FutureState::Result(v.clone()),
            FutureState::Exception(e) => FutureState::Exception(e.clone()),
            FutureState::Cancelled(m, e) => FutureState::Cancelled(m.clone(), e.clone()),
        }
    }
}

/// One future of the loop. A run may make hundreds of thousands (a task and
/// a sleep's future each), and every one stays for the loop's lifetime: what
/// few futures have (a task's part, gather's children, debug mode's facts)
/// is boxed.
pub(crate) struct FutureEntry<H: Host> {
    pub state: FutureState<H>,
    pub callbacks: Vec<(CallbackId, Label, DoneCallback<H>)>,
    pub task: Option<Box<TaskData<H>>>,
    /// `_GatheringFuture`'s children and whether it was asked to cancel.
    pub gathering: Option<Box<(Vec<FutureId>, bool)>>,
    pub next_cb: u32,
    /// CPython's `__log_traceback`: an exception was set and nobody has asked
    /// for it (`result()`, `exception()`) yet; reported when the loop closes.
    pub log_traceback: std::cell::Cell<bool>,
    /// What made this future, for the page's inspector (`sleep(0.8) until
    /// 1.600`, `gather(Task-2, Task-3)`, `Lock.acquire()`…) rather than `fut-4`.
    pub made_by: Option<MadeBy>,
    /// Debug mode's facts: where it was made.
    pub debug: Option<Box<FutureDebug<H>>>,
    /// The host's object for this future, held weakly (see `release.rs`).
    pub token: std::cell::Cell<Option<std::rc::Weak<dyn std::any::Any>>>,
    /// One of the loop's own structures (gather, wait, a TaskGroup…) took
    /// it: only the report at close may say it was never retrieved.
    pub held: std::cell::Cell<bool>,
}

/// Debug mode's facts about a future.
pub(crate) struct FutureDebug<H: Host> {
    /// `created at FILE:LINE` (`_source_traceback[-1]`).
    pub origin: Option<std::rc::Rc<str>>,
    /// `_source_traceback`, as the host keeps it, when the host kept it (the
    /// futures the program makes).
    pub source_traceback: Option<H::Value>,
}

impl<H: Host> FutureEntry<H> {
    /// `f` of the host's token (held weakly), if it made one.
    pub fn with_token<R>(&self, f: impl FnOnce(Option<&std::rc::Weak<dyn std::any::Any>>) -> R) -> R {
        let token = self.token.take();
        let r = f(token.as_ref());
        self.token.set(token);
        r
    }
    /// Debug mode's `created at`, if it was made in debug mode.
    pub fn origin(&self) -> Option<&std::rc::Rc<str>> {
        self.debug.as_ref()?.origin.as_ref()
    }
    /// Debug mode's facts, made empty if it had none.
    pub fn debug_mut(&mut self) -> &mut FutureDebug<H> {
        self.debug.get_or_insert_with(|| Box::new(FutureDebug { origin: None, source_traceback: None }))
    }
}

/// What made a future, for its name where a task waits on it; the text is
/// made only when it is read (a run makes a future per sleep and lock wait).
#[derive(Debug, Clone)]
pub enum MadeBy {
    /// A fixed name: `Lock.acquire()`, `Queue.get()`.
    Static(&'static str),
    /// `asyncio.sleep(delay)`, due at `until`.
    Sleep(f64, f64),
    /// A name made when the future was: `gather(Task-2, Task-3)`.
    Text(String),
}

impl MadeBy {
    /// The name: `sleep(0.8) until 1.600`.
    pub fn text(&self) -> String {
        match self {
            MadeBy::Static(s) => (*s).to_string(),
            MadeBy::Sleep(delay, until) => format!("sleep({}) until {until:.3}", short_delay(*delay)),
            MadeBy::Text(s) => s.clone(),
        }
    }
}

/// A delay as the program wrote it (`0.8`), or to the millisecond with an
/// ellipsis when its repr is long (`random.uniform(0.05, 1.0)` gives
/// `0.922057290933333`: shown `0.922…`).
fn short_delay(x: f64) -> String {
    let full = python_float(x);
    match full.split_once('.') {
        Some((_, decimals)) if decimals.len() > 4 && x.is_finite() && !full.contains('e') => format!("{x:.3}…"),
        _ => full,
    }
}

/// `x` as Python's `repr` writes a float's short forms (`0.8`, `1.0`).
fn python_float(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e16 { format!("{x:.1}") } else { format!("{x}") }
}

impl<H: Host> EventLoop<H> {
    /// `loop.create_future()`.
    pub fn create_future(&mut self) -> FutureId {
        let id = FutureId(self.futures.len() as u32);
        let debug = match &self.future_origin {
            Some(origin) if self.debug => Some(Box::new(FutureDebug { origin: Some(origin.clone()), source_traceback: None })),
            _ => None,
        };
        self.futures.push(FutureEntry { state: FutureState::Pending, callbacks: Vec::new(), task: None, gathering: None, next_cb: 0, log_traceback: Default::default(), made_by: None, debug, token: Default::default(), held: Default::default() });
        id
    }
    /// Names `f` for what made it (shown where a task waits on it).
    pub fn name_future(&mut self, f: FutureId, made_by: MadeBy) {
        if let Some(e) = self.futures.get_mut(f.0 as usize) {
            e.made_by = Some(made_by);
        }
    }
    /// What a task waiting on `f` waits on: a task's name, what made the
    /// future, or `fut-N` for a future nothing named.
    pub fn future_title(&self, f: FutureId) -> String {
        match self.futures.get(f.0 as usize) {
            Some(FutureEntry { task: Some(t), .. }) => t.name.text().into_owned(),
            Some(FutureEntry { made_by: Some(what), .. }) => what.text(),
            _ => format!("fut-{}", f.0),
        }
    }
    pub(crate) fn check_future(&self, f: FutureId) -> Result<&FutureEntry<H>, H::Exception> {
        self.futures.get(f.0 as usize).ok_or_else(|| H::runtime_error("unknown future"))
    }
    pub(crate) fn entry_mut(&mut self, f: FutureId) -> Result<&mut FutureEntry<H>, H::Exception> {
        self.futures.get_mut(f.0 as usize).ok_or_else(|| H::runtime_error("unknown future"))
    }
    /// The state of a future.
    pub fn future_state(&self, f: FutureId) -> Result<&FutureState<H>, H::Exception> {
        Ok(&self.check_future(f)?.state)
    }
    /// `fut.done()`.
    pub fn future_done(&self, f: FutureId) -> Result<bool, H::Exception> {
        Ok(!matches!(self.check_future(f)?.state, FutureState::Pending))
    }
    /// `fut.cancelled()`.
    pub fn future_cancelled(&self, f: FutureId) -> Result<bool, H::Exception> {
        Ok(matches!(self.check_future(f)?.state, FutureState::Cancelled(..)))
    }
    /// The CancelledError `result()` raises for a cancelled future (`_make_cancelled_error`).
    pub(crate) fn make_cancelled_error(&self, f: FutureId) -> H::Exception {
        match self.futures.get(f.0 as usize).map(|e| &e.state) {
            Some(FutureState::Cancelled(_, Some(e))) => e.clone(),
            Some(FutureState::Cancelled(msg, None)) => H::cancelled_error(msg.clone()),
            _ => H::cancelled_error(None),
        }
    }
    /// `fut.result()`: `Ok(value)`, or the exception (`Err`): the stored one,
    /// CancelledError, or InvalidStateError("Result is not set.").
    pub fn future_result(&self, f: FutureId) -> Result<H::Value, H::Exception> {
        self.mark_retrieved(f);
        match &self.check_future(f)?.state {
            FutureState::Pending => Err(H::invalid_state_error("Result is not set.")),
            FutureState::Result(v) => Ok(v.clone()),
            FutureState::Exception(e) => Err(e.clone()),
            FutureState::Cancelled(..) => Err(self.make_cancelled_error(f)),
        }
    }
    /// `fut.exception()`: `Ok(None)` / `Ok(Some(exc))`, or raises (cancelled / not done).
    pub fn future_exception(&self, f: FutureId) -> Result<Option<H::Exception>, H::Exception> {
        self.mark_retrieved(f);
        match &self.check_future(f)?.state {
            FutureState::Pending => Err(H::invalid_state_error("Exception is not set.")),
            FutureState::Result(_) => Ok(None),
            FutureState::Exception(e) => Ok(Some(e.clone())),
            FutureState::Cancelled(..) => Err(self.make_cancelled_error(f)),
        }
    }
    /// Someone looked at the future's outcome: its exception, if any, needs no
    /// "never retrieved" report.
    pub(crate) fn mark_retrieved(&self, f: FutureId) {
        if let Some(e) = self.futures.get(f.0 as usize) {
            e.log_traceback.set(false);
        }
    }

    /// `Future.__del__` / `Task.__del__` for the futures still holding an
    /// exception nobody retrieved, when their loop closes: those the host
    /// still holds are left for when it lets go of them (or for
    /// [`EventLoop::report_left`], when the program ends).
    pub(crate) fn report_unretrieved(&mut self) {
        self.report_unretrieved_where(|e| e.with_token(|t| t.is_none_or(|w| w.strong_count() == 0)));
    }
    /// `Future.__del__` for every future still holding an exception nobody
    /// retrieved, held or not: the program has ended.
    pub fn report_left(&mut self) {
        self.report_unretrieved_where(|_| true);
    }
    fn report_unretrieved_where(&mut self, due: impl Fn(&FutureEntry<H>) -> bool) {
        let unretrieved: Vec<(&'static str, H::Exception, FutureId)> = self
            .futures
            .iter()
            .enumerate()
            .filter(|(_, e)| e.log_traceback.get() && due(e))
            .filter_map(|(i, e)| match &e.state {
                FutureState::Exception(x) => Some((self.class_name(FutureId(i as u32)), x.clone(), FutureId(i as u32))),
                _ => None,
            })
            .collect();
        for &(_, _, f) in &unretrieved {
            self.futures[f.0 as usize].log_traceback.set(false);
        }
        // Newest first: the common case is a list of tasks freed when the
        // coroutine holding it ends, and CPython frees a list's items last
        // to first.
        for (what, exception, f) in unretrieved.into_iter().rev() {
            self.report_error(format!("{what} exception was never retrieved"), Some(exception), Some(f));
        }
    }

    fn finish(&mut self, f: FutureId, state: FutureState<H>) -> Result<(), H::Exception> {
        let e = self.entry_mut(f)?;
        if !matches!(e.state, FutureState::Pending) {
            return Err(H::invalid_state_error("invalid state"));
        }
        e.state = state;
        let cbs = std::mem::take(&mut e.callbacks);
        if self.trace.is_some() {
            let how = match &self.futures[f.0 as usize].state {
                FutureState::Result(v) => format!("result {}", H::describe_value(v)),
                FutureState::Exception(x) => format!("exception {}", H::describe_exception(x)),
                _ => "cancelled".to_string(),
            };
            self.emit(|| TraceKind::FutureResolved { future: f.0, how });
        }
        for (_, label, cb) in cbs {
            let h = self.call_soon(label, move |lp, cx| cb(lp, cx, f));
            if let Some(live) = self.handles.live_mut(h) {
                live.done_of = Some(f);
            }
        }
        Ok(())
    }
    /// `fut.set_result(v)` (InvalidStateError if done).
    pub fn set_result(&mut self, f: FutureId, v: H::Value) -> Result<(), H::Exception> {
        self.finish(f, FutureState::Result(v))
    }
    /// `fut.set_exception(e)` (InvalidStateError if done).
    pub fn set_exception(&mut self, f: FutureId, e: H::Exception) -> Result<(), H::Exception> {
        self.finish(f, FutureState::Exception(e))?;
        if let Some(entry) = self.futures.get(f.0 as usize) {
            entry.log_traceback.set(true);
            self.failed_now.push(f);
        }
        Ok(())
    }
    /// `Future.cancel(msg)` on the future itself (no task / gather dispatch).
    pub(crate) fn future_cancel_plain(&mut self, f: FutureId, msg: Option<String>, exc: Option<H::Exception>) -> Result<bool, H::Exception> {
        if !matches!(self.check_future(f)?.state, FutureState::Pending) {
            return Ok(false);
        }
        self.finish(f, FutureState::Cancelled(msg, exc))?;
        Ok(true)
    }
    /// `fut.cancel(msg)`: dispatches to `Task.cancel` / `_GatheringFuture.cancel`.
    pub fn cancel(&mut self, f: FutureId, msg: Option<String>) -> Result<bool, H::Exception> {
        let e = self.check_future(f)?;
        if e.task.is_some() {
            return self.task_cancel(f, msg);
        }
        if e.gathering.is_some() {
            return self.gather_cancel(f, msg);
        }
        self.future_cancel_plain(f, msg, None)
    }
    /// `fut.add_done_callback(cb)`; if already done, scheduled at once.
    pub fn add_done_callback(
        &mut self,
        f: FutureId,
        label: Label,
        cb: impl FnOnce(&mut EventLoop<H>, &mut H::Cx, FutureId) -> Result<(), H::Exception> + 'static,
    ) -> Result<CallbackId, H::Exception> {
        let e = self.entry_mut(f)?;
        let id = CallbackId(u64::from(e.next_cb));
        e.next_cb += 1;
        // The loop's own callbacks keep the future in its structures; the
        // host's (`Text`, `Lazy`) and a waiting task's wakeup do not.
        if matches!(label, Label::Static(_) | Label::DoneCallback(..)) {
            e.held.set(true);
        }
        if matches!(e.state, FutureState::Pending) {
            // Most futures get one callback (the task waiting on them):
            // room for one, not the four a first push makes.
            if e.callbacks.capacity() == 0 {
                e.callbacks.reserve_exact(1);
            }
            e.callbacks.push((id, label, Box::new(cb)));
        } else {
            let h = self.call_soon(label, move |lp, cx| cb(lp, cx, f));
            if let Some(live) = self.handles.live_mut(h) {
                live.done_of = Some(f);
            }
        }
        Ok(id)
    }
    /// `fut.remove_done_callback(cb)`: number removed.
    pub fn remove_done_callback(&mut self, f: FutureId, cb: CallbackId) -> Result<usize, H::Exception> {
        let e = self.entry_mut(f)?;
        let before = e.callbacks.len();
        e.callbacks.retain(|(id, _, _)| *id != cb);
        Ok(before - e.callbacks.len())
    }
}

/// What CPython's `Future.__repr__` / `Task.__repr__` show of a future
/// (`base_futures._future_repr_info`, `base_tasks._task_repr_info`).
pub struct FutureFacts<'a, H: Host> {
    /// Its state, with the result or exception.
    pub state: &'a FutureState<H>,
    /// The labels of its pending done callbacks, in order.
    pub callbacks: Vec<&'a Label>,
    /// `_GatheringFuture` (made by `gather`).
    pub gathering: bool,
    /// The task part, if it is a task.
    pub task: Option<TaskFacts<'a, H>>,
    /// Where it was made, if the loop was in debug mode then (`created at`).
    pub origin: Option<&'a str>,
}

/// The task part of [`FutureFacts`].
pub struct TaskFacts<'a, H: Host> {
    /// `task.get_name()`.
    pub name: std::borrow::Cow<'a, str>,
    /// `task.cancelling()`: cancellation requests not yet uncancelled.
    pub cancelling: u32,
    /// `_fut_waiter`: the future it is suspended on.
    pub waiter: Option<FutureId>,
    /// Its coroutine, unless it is running now (then it is out of its slot).
    pub coro: Option<&'a dyn super::Coroutine<H>>,
    /// What the coroutine was described as when the task was made.
    pub describe: &'a str,
}

impl<H: Host> EventLoop<H> {
    /// What future `f`'s repr shows.
    pub fn future_facts(&self, f: FutureId) -> Result<FutureFacts<'_, H>, H::Exception> {
        let e = self.check_future(f)?;
        Ok(FutureFacts {
            state: &e.state,
            callbacks: e.callbacks.iter().map(|(_, label, _)| label).collect(),
            gathering: e.gathering.is_some(),
            task: e.task.as_deref().map(|t| TaskFacts {
                name: t.name.text(),
                cancelling: t.num_cancels_requested,
                waiter: t.fut_waiter,
                coro: t.coro.as_deref(),
                describe: &t.describe,
            }),
            origin: e.origin().map(|o| &**o),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::MadeBy;

    #[test]
    fn a_sleep_is_named_by_its_delay_and_a_long_delay_is_cut_to_the_millisecond() {
        assert_eq!(MadeBy::Sleep(0.8, 1.6).text(), "sleep(0.8) until 1.600");
        assert_eq!(MadeBy::Sleep(1.0, 1.0).text(), "sleep(1.0) until 1.000");
        assert_eq!(MadeBy::Sleep(0.922057290933333, 1.309).text(), "sleep(0.922…) until 1.309");
    }
}

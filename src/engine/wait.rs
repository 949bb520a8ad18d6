//! `asyncio.shield`, `asyncio.wait` (`_wait`) and `asyncio.wait_for` (3.11 tasks.py),
//! built from futures and callbacks as CPython builds them.
//!
//! The caller (the VM) does `ensure_future` first: coroutines become tasks.

use std::cell::Cell;
use std::rc::Rc;

use super::future::CallbackId;
use super::handle::{HandleId, Label};
use super::{Coroutine, EventLoop, FutureId, FutureState, Host, Step};

/// `return_when` of `asyncio.wait`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReturnWhen {
    /// `FIRST_COMPLETED`.
    FirstCompleted,
    /// `FIRST_EXCEPTION`.
    FirstException,
    /// `ALL_COMPLETED`.
    AllCompleted,
}

impl ReturnWhen {
    /// The constant named `name` (`"FIRST_COMPLETED"`, … : the values of
    /// `asyncio.FIRST_COMPLETED`, …); None for any other string.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "FIRST_COMPLETED" => Some(ReturnWhen::FirstCompleted),
            "FIRST_EXCEPTION" => Some(ReturnWhen::FirstException),
            "ALL_COMPLETED" => Some(ReturnWhen::AllCompleted),
            _ => None,
        }
    }
}

fn release_waiter<H: Host>(lp: &mut EventLoop<H>, waiter: FutureId) -> Result<(), H::Exception> {
    if !lp.future_done(waiter)? {
        lp.set_result(waiter, H::none())?;
    }
    Ok(())
}

impl<H: Host> EventLoop<H> {
    /// `asyncio.shield(inner)`: returns `inner` if done, else a new outer future.
    pub fn shield(&mut self, inner: FutureId) -> Result<FutureId, H::Exception> {
        if self.future_done(inner)? {
            return Ok(inner);
        }
        let outer = self.create_future();
        let inner_cb = self.add_done_callback(inner, Label::Static("shield._inner_done_callback"), move |lp, _, inner| {
            if lp.future_cancelled(outer)? {
                return Ok(());
            }
            lp.mark_retrieved(inner);
            match lp.future_state(inner)?.clone() {
                FutureState::Cancelled(..) => {
                    lp.cancel(outer, None)?;
                }
                FutureState::Exception(e) => lp.set_exception(outer, e)?,
                FutureState::Result(v) => lp.set_result(outer, v)?,
                FutureState::Pending => {}
            }
            Ok(())
        })?;
        self.add_done_callback(outer, Label::Static("shield._outer_done_callback"), move |lp, _, _| {
            if !lp.future_done(inner)? {
                lp.remove_done_callback(inner, inner_cb)?;
            }
            Ok(())
        })?;
        Ok(outer)
    }
}

/// The `asyncio.wait(fs, timeout, return_when)` coroutine (`_wait`). Returns
/// `(done, pending)`: [`Host::tuple`] of two [`Host::future_set`]s, each in the
/// order the futures were given.
/// While a `wait` is waiting: its waiter future, its timeout handle (taken
/// when it fires), and its done callbacks on the awaited futures.
type WaitState = (FutureId, Rc<Cell<Option<HandleId>>>, Vec<CallbackId>);

/// `asyncio.wait(fs, timeout, return_when)` as an engine coroutine (CPython's `_wait`).
pub struct Wait {
    fs: Vec<FutureId>,
    timeout: Option<f64>,
    return_when: ReturnWhen,
    state: Option<WaitState>,
    done: bool,
}

impl Wait {
    /// `asyncio.wait(fs, timeout=timeout, return_when=return_when)`. `fs` is
    /// `set(fs)`: a future given twice counts once. Its order (first
    /// occurrences) is the order the done callbacks are added and the order
    /// of the returned sets (CPython iterates a set of futures, in an order
    /// that follows their addresses).
    pub fn new(given: Vec<FutureId>, timeout: Option<f64>, return_when: ReturnWhen) -> Self {
        let mut fs = Vec::with_capacity(given.len());
        for f in given {
            if !fs.contains(&f) {
                fs.push(f);
            }
        }
        Wait { fs, timeout, return_when, state: None, done: false }
    }
    fn finish<H: Host>(&mut self, lp: &mut EventLoop<H>) -> Result<(), H::Exception> {
        if let Some((_, th, cbs)) = self.state.take() {
            if let Some(h) = th.get() {
                lp.cancel_handle(h)?;
            }
            for (f, cb) in self.fs.iter().zip(cbs) {
                lp.remove_done_callback(*f, cb)?;
                // From here the caller's sets (or its own list) hold them.
                lp.let_go(*f);
            }
        }
        Ok(())
    }
}

impl<H: Host> Coroutine<H> for Wait {
    fn send(&mut self, _v: H::Value, lp: &mut EventLoop<H>, _cx: &mut H::Cx) -> Step<H> {
        if self.done {
            return Step::Raise(H::runtime_error("cannot reuse already awaited coroutine"));
        }
        if self.state.is_none() {
            if self.fs.is_empty() {
                self.done = true;
                return Step::Raise(H::value_error("Set of Tasks/Futures is empty."));
            }
            let r = (|| -> Result<FutureId, H::Exception> {
                let waiter = lp.create_future();
                let mut names: Vec<String> = self.fs.iter().take(3).map(|f| lp.future_title(*f)).collect();
                if self.fs.len() > 3 {
                    names.push(format!("… +{}", self.fs.len() - 3));
                }
                let when = match self.return_when {
                    ReturnWhen::FirstCompleted => "FIRST_COMPLETED",
                    ReturnWhen::FirstException => "FIRST_EXCEPTION",
                    ReturnWhen::AllCompleted => "ALL_COMPLETED",
                };
                lp.name_future(waiter, super::future::MadeBy::Text(format!("wait([{}], {when})", names.join(", "))));
                let th: Rc<Cell<Option<HandleId>>> = Rc::new(Cell::new(None));
                if let Some(t) = self.timeout {
                    th.set(Some(lp.call_later(t, Label::Static("_release_waiter"), move |lp, _| release_waiter(lp, waiter))));
                }
                let counter = Rc::new(Cell::new(self.fs.len()));
                let mut cbs = Vec::new();
                for f in &self.fs {
                    let (counter, th, rw) = (counter.clone(), th.clone(), self.return_when);
                    cbs.push(lp.add_done_callback(*f, Label::Static("_on_completion"), move |lp, _, f| {
                        counter.set(counter.get().saturating_sub(1));
                        // As CPython's `_on_completion`, look at the exception
                        // only for FIRST_EXCEPTION, and only when the count has
                        // not settled it: `f.exception()` marks it retrieved.
                        if counter.get() == 0
                            || rw == ReturnWhen::FirstCompleted
                            || (rw == ReturnWhen::FirstException && !lp.future_cancelled(f)? && lp.future_exception(f)?.is_some())
                        {
                            if let Some(h) = th.get() {
                                lp.cancel_handle(h)?;
                            }
                            release_waiter(lp, waiter)?;
                        }
                        Ok(())
                    })?);
                }
                self.state = Some((waiter, th, cbs));
                Ok(waiter)
            })();
            return match r {
                Ok(w) => Step::Await(w),
                Err(e) => Step::Raise(e),
            };
        }
        self.done = true;
        if let Err(e) = self.finish(lp) {
            return Step::Raise(e);
        }
        let (mut done, mut pending) = (Vec::new(), Vec::new());
        for &f in &self.fs {
            match lp.future_done(f) {
                Ok(true) => done.push(f),
                Ok(false) => pending.push(f),
                Err(e) => return Step::Raise(e),
            }
        }
        Step::Return(H::tuple(vec![H::future_set(lp, done), H::future_set(lp, pending)]))
    }
    fn throw(&mut self, exc: H::Exception, lp: &mut EventLoop<H>, _cx: &mut H::Cx) -> Step<H> {
        self.done = true;
        if let Err(e) = self.finish(lp) {
            return Step::Raise(e);
        }
        Step::Raise(exc)
    }
    fn describe(&self) -> String {
        "wait()".to_string()
    }
}

enum WfState {
    Start,
    /// `await waiter` with the timeout handle and the done callback on fut.
    Waiting { th: HandleId, cb: CallbackId },
    /// `_cancel_and_wait(fut)` after the timeout; then TimeoutError.
    CancelForTimeout { th: Option<HandleId>, cb: CallbackId },
    /// `_cancel_and_wait(fut)` after our own cancellation; then re-raise.
    CancelThenRaise { th: HandleId, cb: CallbackId, exc: H0 },
    /// delegating `await fut` (timeout None).
    Plain(super::sleep::AwaitFuture),
    Finished,
}
type H0 = Box<dyn std::any::Any>;

/// The `asyncio.wait_for(fut, timeout)` coroutine (3.11).
pub struct WaitFor<H: Host> {
    fut: FutureId,
    timeout: Option<f64>,
    state: WfState,
    _h: std::marker::PhantomData<H>,
}

impl<H: Host> WaitFor<H> {
    /// `asyncio.wait_for(fut, timeout)`; `fut` is already a future/task.
    pub fn new(fut: FutureId, timeout: Option<f64>) -> Self {
        WaitFor { fut, timeout, state: WfState::Start, _h: std::marker::PhantomData }
    }
    fn cancel_and_wait(&mut self, lp: &mut EventLoop<H>) -> Result<(FutureId, CallbackId), H::Exception> {
        let waiter = lp.create_future();
        let cb = lp.add_done_callback(self.fut, Label::Static("_release_waiter"), move |lp, _, _| release_waiter(lp, waiter))?;
        lp.cancel(self.fut, None)?;
        Ok((waiter, cb))
    }
    fn result_or_timeout(&self, lp: &mut EventLoop<H>) -> Step<H> {
        match lp.future_result(self.fut) {
            Ok(v) => Step::Return(v),
            Err(e) if H::is_cancelled_error(&e) => Step::Raise(H::timeout_error()),
            Err(e) => Step::Raise(e),
        }
    }
    fn fut_result(&self, lp: &mut EventLoop<H>) -> Step<H> {
        match lp.future_result(self.fut) {
            Ok(v) => Step::Return(v),
            Err(e) => Step::Raise(e),
        }
    }
    fn step(&mut self, input: Result<H::Value, H::Exception>, lp: &mut EventLoop<H>, cx: &mut H::Cx) -> Result<Step<H>, H::Exception> {
        match std::mem::replace(&mut self.state, WfState::Finished) {
            WfState::Start => {
                if let Err(e) = input {
                    return Ok(Step::Raise(e));
                }
                let Some(timeout) = self.timeout else {
                    let mut a = super::sleep::AwaitFuture::new(self.fut);
                    let s = a.send(H::none(), lp, cx);
                    self.state = WfState::Plain(a);
                    return Ok(s);
                };
                if timeout <= 0.0 {
                    if lp.future_done(self.fut)? {
                        return Ok(self.fut_result(lp));
                    }
                    let (w, cb) = self.cancel_and_wait(lp)?;
                    self.state = WfState::CancelForTimeout { th: None, cb };
                    return Ok(Step::Await(w));
                }
                let waiter = lp.create_future();
                let th = lp.call_later(timeout, Label::Static("_release_waiter"), move |lp, _| release_waiter(lp, waiter));
                let cb = lp.add_done_callback(self.fut, Label::Static("_release_waiter"), move |lp, _, _| release_waiter(lp, waiter))?;
                self.state = WfState::Waiting { th, cb };
                Ok(Step::Await(waiter))
            }
            WfState::Waiting { th, cb } => match input {
                Ok(_) => {
                    if lp.future_done(self.fut)? {
                        lp.cancel_handle(th)?;
                        return Ok(self.fut_result(lp));
                    }
                    lp.remove_done_callback(self.fut, cb)?;
                    let (w, cb2) = self.cancel_and_wait(lp)?;
                    self.state = WfState::CancelForTimeout { th: Some(th), cb: cb2 };
                    Ok(Step::Await(w))
                }
                Err(e) if H::is_cancelled_error(&e) => {
                    if lp.future_done(self.fut)? {
                        lp.cancel_handle(th)?;
                        return Ok(self.fut_result(lp));
                    }
                    lp.remove_done_callback(self.fut, cb)?;
                    let (w, cb2) = self.cancel_and_wait(lp)?;
                    self.state = WfState::CancelThenRaise { th, cb: cb2, exc: Box::new(e) };
                    Ok(Step::Await(w))
                }
                Err(e) => {
                    lp.cancel_handle(th)?;
                    Ok(Step::Raise(e))
                }
            },
            WfState::CancelForTimeout { th, cb } => {
                lp.remove_done_callback(self.fut, cb)?;
                if let Some(th) = th {
                    lp.cancel_handle(th)?;
                }
                match input {
                    Ok(_) => Ok(self.result_or_timeout(lp)),
                    Err(e) => Ok(Step::Raise(e)),
                }
            }
            WfState::CancelThenRaise { th, cb, exc } => {
                lp.remove_done_callback(self.fut, cb)?;
                lp.cancel_handle(th)?;
                match input {
                    Ok(_) => match exc.downcast::<H::Exception>() {
                        Ok(e) => Ok(Step::Raise(*e)),
                        Err(_) => Ok(Step::Raise(H::cancelled_error(None))),
                    },
                    Err(e) => Ok(Step::Raise(e)),
                }
            }
            WfState::Plain(mut a) => {
                let s = match input {
                    Ok(v) => a.send(v, lp, cx),
                    Err(e) => a.throw(e, lp, cx),
                };
                self.state = WfState::Plain(a);
                Ok(s)
            }
            WfState::Finished => Ok(Step::Raise(H::runtime_error("cannot reuse already awaited coroutine"))),
        }
    }
}

impl<H: Host> Coroutine<H> for WaitFor<H> {
    fn send(&mut self, v: H::Value, lp: &mut EventLoop<H>, cx: &mut H::Cx) -> Step<H> {
        self.step(Ok(v), lp, cx).unwrap_or_else(Step::Raise)
    }
    fn throw(&mut self, e: H::Exception, lp: &mut EventLoop<H>, cx: &mut H::Cx) -> Step<H> {
        self.step(Err(e), lp, cx).unwrap_or_else(Step::Raise)
    }
    fn describe(&self) -> String {
        "wait_for()".to_string()
    }
}

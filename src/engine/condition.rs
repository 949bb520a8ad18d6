//! `asyncio.Condition` (3.11.7 locks.py): wait releases the lock, awaits a waiter
//! future, and re-acquires the lock in `finally` even if cancelled.
//!
//! Invariants: waiters FIFO; a waiter future is removed when its wait() resumes.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use super::sync::{Lock, LockAcquire};
use super::{Coroutine, EventLoop, FutureId, Host, Step};

/// `asyncio.Condition(lock=None)`.
#[derive(Clone)]
pub struct Condition {
    lock: Lock,
    waiters: Rc<RefCell<VecDeque<FutureId>>>,
}

impl Condition {
    /// A condition over `lock` (a new Lock if None).
    pub fn new(lock: Option<Lock>) -> Self {
        Condition { lock: lock.unwrap_or_default(), waiters: Rc::new(RefCell::new(VecDeque::new())) }
    }
    /// The underlying lock (`acquire` / `release` / `locked` go through it).
    pub fn lock(&self) -> &Lock {
        &self.lock
    }
    /// How many wait() calls wait (`len(self._waiters)`).
    pub fn waiters(&self) -> usize {
        self.waiters.borrow().len()
    }
    /// `cond.notify(n)`.
    pub fn notify<H: Host>(&self, n: usize, lp: &mut EventLoop<H>) -> Result<(), H::Exception> {
        if !self.lock.locked() {
            return Err(H::runtime_error("cannot notify on un-acquired lock"));
        }
        let ws: Vec<FutureId> = self.waiters.borrow().iter().copied().collect();
        let mut idx = 0;
        for f in ws {
            if idx >= n {
                break;
            }
            if !lp.future_done(f)? {
                idx += 1;
                lp.set_result(f, H::bool_value(false))?;
            }
        }
        Ok(())
    }
    /// `cond.notify_all()`.
    pub fn notify_all<H: Host>(&self, lp: &mut EventLoop<H>) -> Result<(), H::Exception> {
        let n = self.waiters.borrow().len();
        self.notify(n, lp)
    }
    /// `cond.wait()` coroutine.
    pub fn wait<H: Host>(&self) -> ConditionWait<H> {
        ConditionWait { cond: self.clone(), state: CwState::Start }
    }
}

enum CwState<H: Host> {
    Start,
    Waiting(FutureId),
    Reacquire { sub: LockAcquire, outcome: Result<H::Value, H::Exception>, cancelled: bool },
    Finished,
}

/// The `Condition.wait()` coroutine.
pub struct ConditionWait<H: Host> {
    cond: Condition,
    state: CwState<H>,
}

impl<H: Host> ConditionWait<H> {
    fn drive_reacquire(&mut self, mut input: Result<H::Value, H::Exception>, lp: &mut EventLoop<H>, cx: &mut H::Cx) -> Step<H> {
        loop {
            let CwState::Reacquire { sub, outcome, cancelled } = &mut self.state else {
                return Step::Raise(H::runtime_error("bad condition state"));
            };
            let s = match input {
                Ok(v) => sub.send(v, lp, cx),
                Err(e) => sub.throw(e, lp, cx),
            };
            match s {
                Step::Return(_) => {
                    let c = *cancelled;
                    let out = std::mem::replace(outcome, Ok(H::none()));
                    self.state = CwState::Finished;
                    if c {
                        return Step::Raise(H::cancelled_error(None));
                    }
                    return match out {
                        Ok(v) => Step::Return(v),
                        Err(e) => Step::Raise(e),
                    };
                }
                Step::Raise(e) if H::is_cancelled_error(&e) => {
                    *cancelled = true;
                    *sub = self.cond.lock.acquire();
                    input = Ok(H::none());
                }
                Step::Raise(e) => {
                    self.state = CwState::Finished;
                    return Step::Raise(e);
                }
                other => return other,
            }
        }
    }
    fn resume(&mut self, input: Result<H::Value, H::Exception>, lp: &mut EventLoop<H>, cx: &mut H::Cx) -> Step<H> {
        match std::mem::replace(&mut self.state, CwState::Finished) {
            CwState::Start => {
                if let Err(e) = input {
                    return Step::Raise(e);
                }
                if !self.cond.lock.locked() {
                    return Step::Raise(H::runtime_error("cannot wait on un-acquired lock"));
                }
                if let Err(e) = self.cond.lock.release(lp) {
                    return Step::Raise(e);
                }
                let f = lp.create_future();
                lp.name_future(f, super::future::MadeBy::Static("Condition.wait()"));
                self.cond.waiters.borrow_mut().push_back(f);
                self.state = CwState::Waiting(f);
                Step::Await(f)
            }
            CwState::Waiting(f) => {
                super::waiters::remove_waiter(&mut self.cond.waiters.borrow_mut(), f);
                let outcome = input.map(|_| H::bool_value(true));
                self.state = CwState::Reacquire { sub: self.cond.lock.acquire(), outcome, cancelled: false };
                self.drive_reacquire(Ok(H::none()), lp, cx)
            }
            st @ CwState::Reacquire { .. } => {
                self.state = st;
                self.drive_reacquire(input, lp, cx)
            }
            CwState::Finished => Step::Raise(H::runtime_error("cannot reuse already awaited coroutine")),
        }
    }
}

impl<H: Host> Coroutine<H> for ConditionWait<H> {
    fn send(&mut self, v: H::Value, lp: &mut EventLoop<H>, cx: &mut H::Cx) -> Step<H> {
        self.resume(Ok(v), lp, cx)
    }
    fn throw(&mut self, e: H::Exception, lp: &mut EventLoop<H>, cx: &mut H::Cx) -> Step<H> {
        self.resume(Err(e), lp, cx)
    }
    fn describe(&self) -> String {
        "Condition.wait()".to_string()
    }
}

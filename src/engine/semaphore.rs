//! `asyncio.Semaphore` / `asyncio.BoundedSemaphore` (3.11.7 locks.py).
//!
//! Invariants: `value` never goes below 0; waiters are FIFO; `_wake_up_next`
//! decrements `value` on behalf of the woken waiter.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use super::{Coroutine, EventLoop, FutureId, Host, Step};

struct SemInner {
    value: i64,
    bound: Option<i64>,
    waiters: VecDeque<FutureId>,
}

/// `asyncio.Semaphore(value)` or, with a bound, `asyncio.BoundedSemaphore(value)`.
#[derive(Clone)]
pub struct Semaphore {
    inner: Rc<RefCell<SemInner>>,
}

impl Semaphore {
    /// `Semaphore(value)`; ValueError if negative.
    pub fn new<H: Host>(value: i64) -> Result<Self, H::Exception> {
        if value < 0 {
            return Err(H::value_error("Semaphore initial value must be >= 0"));
        }
        Ok(Semaphore { inner: Rc::new(RefCell::new(SemInner { value, bound: None, waiters: VecDeque::new() })) })
    }
    /// `BoundedSemaphore(value)`.
    pub fn bounded<H: Host>(value: i64) -> Result<Self, H::Exception> {
        let s = Self::new::<H>(value)?;
        s.inner.borrow_mut().bound = Some(value);
        Ok(s)
    }
    /// The counter.
    pub fn value(&self) -> i64 {
        self.inner.borrow().value
    }
    /// How many acquire() calls wait (`len(self._waiters)`).
    pub fn waiters(&self) -> usize {
        self.inner.borrow().waiters.len()
    }
    /// `sem.locked()`.
    pub fn locked<H: Host>(&self, lp: &EventLoop<H>) -> bool {
        let i = self.inner.borrow();
        i.value == 0 || i.waiters.iter().any(|w| !lp.future_cancelled(*w).unwrap_or(true))
    }
    /// `sem.release()` (BoundedSemaphore: ValueError when released too many times).
    pub fn release<H: Host>(&self, lp: &mut EventLoop<H>) -> Result<(), H::Exception> {
        {
            let mut i = self.inner.borrow_mut();
            if let Some(b) = i.bound
                && i.value >= b {
                    return Err(H::value_error("BoundedSemaphore released too many times"));
                }
            i.value += 1;
        }
        self.wake_up_next(lp)
    }
    fn wake_up_next<H: Host>(&self, lp: &mut EventLoop<H>) -> Result<(), H::Exception> {
        // By index rather than over a copy of the deque: the first waiter not
        // done is nearly always the first one.
        let mut at = 0;
        loop {
            let Some(f) = self.inner.borrow().waiters.get(at).copied() else {
                return Ok(());
            };
            if !lp.future_done(f)? {
                self.inner.borrow_mut().value -= 1;
                lp.set_result(f, H::bool_value(true))?;
                return Ok(());
            }
            at += 1;
        }
    }
    /// `sem.acquire()` coroutine.
    pub fn acquire(&self) -> SemaphoreAcquire {
        SemaphoreAcquire { sem: self.clone(), waiting: None, done: false }
    }
}

/// The `Semaphore.acquire()` coroutine.
pub struct SemaphoreAcquire {
    sem: Semaphore,
    waiting: Option<FutureId>,
    done: bool,
}

impl<H: Host> Coroutine<H> for SemaphoreAcquire {
    fn send(&mut self, _v: H::Value, lp: &mut EventLoop<H>, _cx: &mut H::Cx) -> Step<H> {
        if self.done {
            return Step::Raise(H::runtime_error("cannot reuse already awaited coroutine"));
        }
        if let Some(f) = self.waiting.take() {
            super::waiters::remove_waiter(&mut self.sem.inner.borrow_mut().waiters, f);
            self.done = true;
            if self.sem.value() > 0
                && let Err(e) = self.sem.wake_up_next(lp) {
                    return Step::Raise(e);
                }
            return Step::Return(H::bool_value(true));
        }
        if !self.sem.locked(lp) {
            self.sem.inner.borrow_mut().value -= 1;
            self.done = true;
            return Step::Return(H::bool_value(true));
        }
        let f = lp.create_future();
        lp.name_future(f, super::future::MadeBy::Static("Semaphore.acquire()"));
        self.sem.inner.borrow_mut().waiters.push_back(f);
        self.waiting = Some(f);
        Step::Await(f)
    }
    fn throw(&mut self, exc: H::Exception, lp: &mut EventLoop<H>, _cx: &mut H::Cx) -> Step<H> {
        self.done = true;
        if let Some(f) = self.waiting.take() {
            super::waiters::remove_waiter(&mut self.sem.inner.borrow_mut().waiters, f);
            if H::is_cancelled_error(&exc) && !lp.future_cancelled(f).unwrap_or(true) {
                self.sem.inner.borrow_mut().value += 1;
                if let Err(e) = self.sem.wake_up_next(lp) {
                    return Step::Raise(e);
                }
            }
        }
        Step::Raise(exc)
    }
    fn describe(&self) -> String {
        "Semaphore.acquire()".to_string()
    }
}

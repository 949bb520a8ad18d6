//! `asyncio.Lock` and `asyncio.Event` (3.11 locks.py), built from futures exactly as
//! CPython builds them. Handles are cheap clones sharing state (`Rc<RefCell<..>>`).
//!
//! Invariants: waiters are FIFO; a waiter future is removed from the deque when its
//! acquire/wait finishes (the `finally: self._waiters.remove(fut)`).

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use super::{Coroutine, EventLoop, FutureId, Host, Step};

#[derive(Default)]
struct LockInner {
    locked: bool,
    waiters: VecDeque<FutureId>,
}

/// `asyncio.Lock()`.
#[derive(Clone, Default)]
pub struct Lock {
    inner: Rc<RefCell<LockInner>>,
}

impl Lock {
    /// A new unlocked lock.
    pub fn new() -> Self {
        Self::default()
    }
    /// `lock.locked()`.
    pub fn locked(&self) -> bool {
        self.inner.borrow().locked
    }
    /// How many acquire() calls wait (`len(self._waiters)`).
    pub fn waiters(&self) -> usize {
        self.inner.borrow().waiters.len()
    }
    /// `lock.acquire()` as a coroutine to delegate to.
    pub fn acquire(&self) -> LockAcquire {
        LockAcquire { lock: self.clone(), waiting: None, done: false }
    }
    /// `lock.release()` (RuntimeError if not locked).
    pub fn release<H: Host>(&self, lp: &mut EventLoop<H>) -> Result<(), H::Exception> {
        if !self.locked() {
            return Err(H::runtime_error("Lock is not acquired."));
        }
        self.inner.borrow_mut().locked = false;
        self.wake_up_first(lp)
    }
    fn wake_up_first<H: Host>(&self, lp: &mut EventLoop<H>) -> Result<(), H::Exception> {
        let first = self.inner.borrow().waiters.front().copied();
        if let Some(f) = first
            && !lp.future_done(f)? {
                lp.set_result(f, H::bool_value(true))?;
            }
        Ok(())
    }
}

/// The `Lock.acquire()` coroutine.
pub struct LockAcquire {
    lock: Lock,
    waiting: Option<FutureId>,
    done: bool,
}

impl<H: Host> Coroutine<H> for LockAcquire {
    fn send(&mut self, _value: H::Value, lp: &mut EventLoop<H>, _cx: &mut H::Cx) -> Step<H> {
        if self.done {
            return Step::Raise(H::runtime_error("cannot reuse already awaited coroutine"));
        }
        if let Some(f) = self.waiting.take() {
            super::waiters::remove_waiter(&mut self.lock.inner.borrow_mut().waiters, f);
            self.lock.inner.borrow_mut().locked = true;
            self.done = true;
            return Step::Return(H::bool_value(true));
        }
        let free = {
            let inner = self.lock.inner.borrow();
            !inner.locked && inner.waiters.iter().all(|w| lp.future_cancelled(*w).unwrap_or(true))
        };
        if free {
            self.lock.inner.borrow_mut().locked = true;
            self.done = true;
            return Step::Return(H::bool_value(true));
        }
        let f = lp.create_future();
        lp.name_future(f, super::future::MadeBy::Static("Lock.acquire()"));
        self.lock.inner.borrow_mut().waiters.push_back(f);
        self.waiting = Some(f);
        Step::Await(f)
    }
    fn throw(&mut self, exc: H::Exception, lp: &mut EventLoop<H>, _cx: &mut H::Cx) -> Step<H> {
        self.done = true;
        if let Some(f) = self.waiting.take() {
            super::waiters::remove_waiter(&mut self.lock.inner.borrow_mut().waiters, f);
            if H::is_cancelled_error(&exc) && !self.lock.locked()
                && let Err(e) = self.lock.wake_up_first(lp) {
                    return Step::Raise(e);
                }
        }
        Step::Raise(exc)
    }
    fn describe(&self) -> String {
        "Lock.acquire()".to_string()
    }
}

#[derive(Default)]
struct EventInner {
    value: bool,
    waiters: VecDeque<FutureId>,
}

/// `asyncio.Event()`.
#[derive(Clone, Default)]
pub struct Event {
    inner: Rc<RefCell<EventInner>>,
}

impl Event {
    /// A new, clear event.
    pub fn new() -> Self {
        Self::default()
    }
    /// `event.is_set()`.
    pub fn is_set(&self) -> bool {
        self.inner.borrow().value
    }
    /// `event.set()`: wakes every waiter (in FIFO order).
    pub fn set<H: Host>(&self, lp: &mut EventLoop<H>) -> Result<(), H::Exception> {
        if self.inner.borrow().value {
            return Ok(());
        }
        self.inner.borrow_mut().value = true;
        let waiters: Vec<FutureId> = self.inner.borrow().waiters.iter().copied().collect();
        for f in waiters {
            if !lp.future_done(f)? {
                lp.set_result(f, H::bool_value(true))?;
            }
        }
        Ok(())
    }
    pub(crate) fn set_silently(&self) {
        self.inner.borrow_mut().value = true;
    }
    /// How many wait() calls wait (`len(self._waiters)`).
    pub fn waiters(&self) -> usize {
        self.inner.borrow().waiters.len()
    }
    /// `event.clear()`.
    pub fn clear(&self) {
        self.inner.borrow_mut().value = false;
    }
    /// `event.wait()` as a coroutine to delegate to.
    pub fn wait(&self) -> EventWait {
        EventWait { event: self.clone(), waiting: None, done: false }
    }
}

/// The `Event.wait()` coroutine.
pub struct EventWait {
    event: Event,
    waiting: Option<FutureId>,
    done: bool,
}

impl<H: Host> Coroutine<H> for EventWait {
    fn send(&mut self, _value: H::Value, lp: &mut EventLoop<H>, _cx: &mut H::Cx) -> Step<H> {
        if self.done {
            return Step::Raise(H::runtime_error("cannot reuse already awaited coroutine"));
        }
        if let Some(f) = self.waiting.take() {
            super::waiters::remove_waiter(&mut self.event.inner.borrow_mut().waiters, f);
            self.done = true;
            return Step::Return(H::bool_value(true));
        }
        if self.event.is_set() {
            self.done = true;
            return Step::Return(H::bool_value(true));
        }
        let f = lp.create_future();
        lp.name_future(f, super::future::MadeBy::Static("Event.wait()"));
        self.event.inner.borrow_mut().waiters.push_back(f);
        self.waiting = Some(f);
        Step::Await(f)
    }
    fn throw(&mut self, exc: H::Exception, _lp: &mut EventLoop<H>, _cx: &mut H::Cx) -> Step<H> {
        self.done = true;
        if let Some(f) = self.waiting.take() {
            super::waiters::remove_waiter(&mut self.event.inner.borrow_mut().waiters, f);
        }
        Step::Raise(exc)
    }
    fn describe(&self) -> String {
        "Event.wait()".to_string()
    }
}

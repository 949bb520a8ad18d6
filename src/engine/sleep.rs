//! `asyncio.sleep(delay, result)` as an engine coroutine (3.11 tasks.py).
//!
//! `sleep(0)` is one bare yield; `sleep(d)` awaits a future resolved by a
//! `call_later` handle (`_set_result_unless_cancelled`), and the handle is cancelled
//! in `finally` (so cancelling the sleep cancels its timer).

use super::handle::{HandleId, Label};
use super::{Coroutine, EventLoop, FutureId, Host, Step};

/// The `asyncio.sleep` coroutine. Invariant: `state` goes Start → (Yielded | Waiting) → Finished.
pub struct Sleep<H: Host> {
    delay: f64,
    result: H::Value,
    state: SleepState,
}

enum SleepState {
    Start,
    Yielded,
    #[allow(dead_code)]
    Waiting(FutureId, HandleId),
    Finished,
}

/// Where `asyncio.sleep`'s coroutine is (a task's repr shows its line).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SleepPhase {
    /// Not started.
    NotStarted,
    /// `sleep(0)` gave way once (`await __sleep0()`).
    Yielded,
    /// Waiting on its future (`return await future`).
    Waiting,
    /// Returned or raised.
    Finished,
}

impl<H: Host> Sleep<H> {
    /// `asyncio.sleep(delay, result)`.
    pub fn new(delay: f64, result: H::Value) -> Self {
        Sleep { delay, result, state: SleepState::Start }
    }
    /// Where the coroutine is.
    pub fn phase(&self) -> SleepPhase {
        match self.state {
            SleepState::Start => SleepPhase::NotStarted,
            SleepState::Yielded => SleepPhase::Yielded,
            SleepState::Waiting(..) => SleepPhase::Waiting,
            SleepState::Finished => SleepPhase::Finished,
        }
    }
}

impl<H: Host> Coroutine<H> for Sleep<H> {
    fn send(&mut self, _value: H::Value, lp: &mut EventLoop<H>, _cx: &mut H::Cx) -> Step<H> {
        match std::mem::replace(&mut self.state, SleepState::Finished) {
            SleepState::Start => {
                if self.delay <= 0.0 || self.delay.is_nan() {
                    self.state = SleepState::Yielded;
                    return Step::Yield;
                }
                let fut = lp.create_future();
                let until = lp.now() + self.delay;
                lp.name_future(fut, super::future::MadeBy::Sleep(self.delay, until));
                let result = self.result.clone();
                let h = lp.call_later(self.delay, Label::Static("sleep wake-up"), move |lp, _| {
                    if lp.future_cancelled(fut)? {
                        return Ok(());
                    }
                    lp.set_result(fut, result)
                });
                self.state = SleepState::Waiting(fut, h);
                Step::Await(fut)
            }
            SleepState::Yielded => Step::Return(self.result.clone()),
            SleepState::Waiting(_, h) => {
                let _ = lp.cancel_handle(h);
                Step::Return(self.result.clone())
            }
            SleepState::Finished => Step::Raise(H::runtime_error("cannot reuse already awaited coroutine")),
        }
    }
    fn throw(&mut self, exc: H::Exception, lp: &mut EventLoop<H>, _cx: &mut H::Cx) -> Step<H> {
        if let SleepState::Waiting(_, h) = std::mem::replace(&mut self.state, SleepState::Finished) {
            let _ = lp.cancel_handle(h);
        }
        Step::Raise(exc)
    }
    fn describe(&self) -> String {
        "sleep()".to_string()
    }
    fn as_any(&self) -> Option<&dyn std::any::Any> {
        Some(self)
    }
}

/// An engine coroutine that awaits one future and returns its result
/// (`await fut` where the VM hands the engine a future-like).
pub struct AwaitFuture {
    fut: FutureId,
    started: bool,
}

impl AwaitFuture {
    /// `await fut`.
    pub fn new(fut: FutureId) -> Self {
        AwaitFuture { fut, started: false }
    }
}

impl<H: Host> Coroutine<H> for AwaitFuture {
    fn send(&mut self, _value: H::Value, lp: &mut EventLoop<H>, _cx: &mut H::Cx) -> Step<H> {
        if !self.started {
            self.started = true;
            match lp.future_done(self.fut) {
                Ok(false) => return Step::Await(self.fut),
                Ok(true) => {}
                Err(e) => return Step::Raise(e),
            }
        }
        match lp.future_result(self.fut) {
            Ok(v) => Step::Return(v),
            Err(e) => Step::Raise(e),
        }
    }
    fn throw(&mut self, exc: H::Exception, _lp: &mut EventLoop<H>, _cx: &mut H::Cx) -> Step<H> {
        Step::Raise(exc)
    }
    fn describe(&self) -> String {
        format!("await fut-{}", self.fut.0)
    }
}

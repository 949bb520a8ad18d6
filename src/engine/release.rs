//! CPython's `Future.__del__` / `Task.__del__`: a future that failed, whose
//! exception nobody retrieved, is reported ("Task exception was never
//! retrieved") the moment its last reference goes, not when the loop closes.
//!
//! The host keeps one object per future for the language's references (its
//! *token*: the loop holds it weakly) and tells the loop when the last one
//! went ([`EventLoop::release_future`]); the loop itself looks again after
//! every handle it runs (`handle = None` in `_run_once`) at the futures that
//! failed in it or whose done callback or step it was. Either way a future is
//! reported only when nothing can reach it any more: no token, no handle
//! due to run with it, no task waiting on it, and none of the loop's own
//! structures (gather, wait, shield, as_completed, a TaskGroup, the main
//! future of `run_until_complete`) ever took it; those are left to the report
//! at close, as before.

use std::any::Any;
use std::rc::{Rc, Weak};

use super::handle::{HandleId, Label};
use super::{EventLoop, FutureId, Host};

impl<H: Host> EventLoop<H> {
    /// The host's token for future `f`, if one is alive.
    pub fn future_token(&self, f: FutureId) -> Option<Rc<dyn Any>> {
        self.futures.get(f.0 as usize)?.with_token(|t| t?.upgrade())
    }
    /// Keeps (weakly) `token` as the host's object for future `f`.
    pub fn set_future_token(&self, f: FutureId, token: &Rc<dyn Any>) {
        if let Some(e) = self.futures.get(f.0 as usize) {
            e.token.set(Some(Rc::downgrade(token)));
        }
    }
    /// Whether the token last made for `f` was the object at address `at`
    /// (a released token is told from a later one, or another loop's).
    pub fn token_was(&self, f: FutureId, at: usize) -> bool {
        let Some(e) = self.futures.get(f.0 as usize) else { return false };
        e.with_token(|t| t.is_some_and(|w: &Weak<dyn Any>| w.as_ptr() as *const u8 as usize == at))
    }
    /// What the host needs to make tokens (its collector of released ones).
    pub fn token_home(&self) -> Option<Rc<dyn Any>> {
        self.token_home.clone()
    }
    /// Sets what [`EventLoop::token_home`] returns.
    pub fn set_token_home(&mut self, home: Rc<dyn Any>) {
        self.token_home = Some(home);
    }

    /// One of the loop's structures that took future `f` (`wait`,
    /// `as_completed`) has let go of it.
    pub(crate) fn let_go(&self, f: FutureId) {
        if let Some(e) = self.futures.get(f.0 as usize) {
            e.held.set(false);
        }
    }

    /// The host's last reference to future `f` went: reports it now if it
    /// failed unretrieved and nothing else reaches it. Returns whether it did.
    pub fn release_future(&mut self, f: FutureId) -> bool {
        let Some(e) = self.futures.get(f.0 as usize) else { return false };
        if !e.log_traceback.get() || self.reachable(f) {
            return false;
        }
        let super::future::FutureState::Exception(exception) = &e.state else { return false };
        let exception = exception.clone();
        let what = self.class_name(f);
        e.log_traceback.set(false);
        self.report_error(format!("{what} exception was never retrieved"), Some(exception), Some(f));
        true
    }

    /// The class a future's reports name: `Task`, `_GatheringFuture` or `Future`.
    pub(crate) fn class_name(&self, f: FutureId) -> &'static str {
        match self.futures.get(f.0 as usize) {
            Some(e) if e.task.is_some() => "Task",
            Some(e) if e.gathering.is_some() => "_GatheringFuture",
            _ => "Future",
        }
    }

    /// After handle `h` ran: the futures that failed in it, and the one it
    /// was the step or done callback of, may have lost their last reference.
    pub(crate) fn release_after(&mut self, h: HandleId) {
        let (step, done_of) = match self.handles.live(h) {
            Some(e) => match e.label {
                Label::TaskStep(t) | Label::TaskWakeup(t) => (Some(t), e.done_of),
                _ => (None, e.done_of),
            },
            None => (None, None),
        };
        // Most handles fail nothing: no buffer is taken or made for them.
        if !self.failed_now.is_empty() {
            let mut failed = std::mem::take(&mut self.failed_now);
            for &f in &failed {
                self.release_future(f);
            }
            failed.clear();
            if self.failed_now.is_empty() {
                self.failed_now = failed;
            }
        }
        for f in done_of.into_iter().chain(step) {
            self.release_future(f);
        }
    }

    /// Whether anything but the host's token can still reach future `f`.
    fn reachable(&self, f: FutureId) -> bool {
        let Some(e) = self.futures.get(f.0 as usize) else { return true };
        if e.held.get() || self.current_task == Some(f) || e.with_token(|t| t.is_some_and(|w| w.strong_count() > 0)) {
            return true;
        }
        let refers = |h: &HandleId| {
            let Some(e) = self.handles.live(*h) else { return false };
            !self.handles.entry(*h).cancelled
                && e.callback.is_some()
                && (e.done_of == Some(f) || matches!(e.label, Label::TaskStep(t) | Label::TaskWakeup(t) | Label::DoneCallback(t, _) if t == f))
        };
        self.ready.iter().any(refers)
            || self.scheduled.items.iter().any(|(_, h)| refers(h))
            || self.tasks.iter().any(|t| self.futures[t.0 as usize].task.as_ref().is_some_and(|d| d.fut_waiter == Some(f)))
    }
}

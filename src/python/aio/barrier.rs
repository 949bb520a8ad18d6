//! `asyncio.Barrier(parties)` (3.11 locks.py): each `wait()` blocks until
//! `parties` tasks are waiting, then all go on; `reset()` and `abort()` break
//! it. Built, as CPython builds it, on a Condition: every step below is a
//! line of `Barrier.wait` / `_block` / `_wait` / `_exit`.
//!
//! Invariants: `count` is the number of tasks inside `wait()` past `_block`;
//! the condition's lock is held by a task only between its acquire and its
//! release in one of the coroutines here.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use super::asyncio::{Loop, PyHost};
use crate::engine::{Condition, ConditionWait, Coroutine, LockAcquire, Step};
use crate::python::object::errors::{ExcObj, Res, exc};
use crate::python::object::native::NativeObject;
use crate::python::object::value::Value;
use crate::python::vm::machine::Interp;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Filling,
    Draining,
    Resetting,
    Broken,
}

impl Phase {
    fn value(self) -> &'static str {
        match self {
            Phase::Filling => "filling",
            Phase::Draining => "draining",
            Phase::Resetting => "resetting",
            Phase::Broken => "broken",
        }
    }
}

#[derive(Debug)]
struct State {
    parties: usize,
    phase: Phase,
    count: usize,
}

/// An `asyncio.Barrier`.
pub struct Barrier {
    cond: Condition,
    state: Rc<RefCell<State>>,
}

impl std::fmt::Debug for Barrier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Barrier")
    }
}

impl NativeObject for Barrier {
    fn type_name(&self) -> &'static str {
        "Barrier"
    }
    fn methods(&self) -> &'static [&'static str] {
        &["wait", "reset", "abort"]
    }
    fn repr(&self) -> String {
        let s = self.state.borrow();
        let mut extra = s.phase.value().to_string();
        if s.phase != Phase::Broken {
            extra.push_str(&format!(", waiters:{}/{}", self.n_waiting(), s.parties));
        }
        format!("<asyncio.locks.Barrier object at 0x7f0000000000 [{extra}]>")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Barrier {
    /// `asyncio.Barrier(parties)`.
    pub fn new(parties: i64) -> Res<Value> {
        if parties < 1 {
            return Err(exc("ValueError", "parties must be > 0"));
        }
        let state = State { parties: parties as usize, phase: Phase::Filling, count: 0 };
        Ok(Value::Native(Rc::new(Barrier { cond: Condition::new(None), state: Rc::new(RefCell::new(state)) })))
    }
    fn n_waiting(&self) -> usize {
        let s = self.state.borrow();
        if s.phase == Phase::Filling { s.count } else { 0 }
    }
    /// `barrier.parties`, `barrier.n_waiting`, `barrier.broken`.
    pub fn property(&self, name: &str) -> Option<Value> {
        Some(match name {
            "parties" => Value::Int(self.state.borrow().parties as i64),
            "n_waiting" => Value::Int(self.n_waiting() as i64),
            "broken" => Value::Bool(self.state.borrow().phase == Phase::Broken),
            _ => return None,
        })
    }
    /// `barrier.wait()` (also `async with barrier`'s enter).
    pub fn wait(&self) -> Box<dyn Coroutine<PyHost>> {
        Box::new(Wait { cond: self.cond.clone(), state: self.state.clone(), step: WaitStep::Acquire(self.cond.lock().acquire()), index: 0 })
    }
    /// `barrier.reset()` or `barrier.abort()`.
    pub fn reset_or_abort(&self, abort: bool) -> Box<dyn Coroutine<PyHost>> {
        Box::new(Change { cond: self.cond.clone(), state: self.state.clone(), acquire: self.cond.lock().acquire(), abort })
    }
}

fn broken(msg: &str) -> Rc<ExcObj> {
    exc("BrokenBarrierError", msg)
}

enum WaitStep {
    /// `async with self._cond:` entering.
    Acquire(LockAcquire),
    /// `_block`: waiting while the barrier drains or resets.
    Block(Option<ConditionWait<PyHost>>),
    /// `_wait`: waiting while the barrier fills.
    Fill(Option<ConditionWait<PyHost>>),
    Done,
}

/// The `Barrier.wait()` coroutine.
struct Wait {
    cond: Condition,
    state: Rc<RefCell<State>>,
    step: WaitStep,
    index: usize,
}

impl Wait {
    /// Runs from where the coroutine is until it must wait or ends.
    fn run(&mut self, mut input: Result<Value, Rc<ExcObj>>, lp: &mut Loop, st: &mut Interp) -> Step<PyHost> {
        loop {
            match std::mem::replace(&mut self.step, WaitStep::Done) {
                WaitStep::Acquire(mut sub) => match drive(&mut sub, input, lp, st) {
                    Step::Return(_) => {
                        self.step = WaitStep::Block(None);
                        input = Ok(Value::None);
                    }
                    other => {
                        self.step = WaitStep::Acquire(sub);
                        return other;
                    }
                },
                WaitStep::Block(sub) => {
                    if let Some(mut w) = sub {
                        match drive(&mut w, input, lp, st) {
                            Step::Return(_) => {}
                            Step::Raise(e) => return self.leave(Err(e), false, lp),
                            other => {
                                self.step = WaitStep::Block(Some(w));
                                return other;
                            }
                        }
                    }
                    let phase = self.state.borrow().phase;
                    if matches!(phase, Phase::Draining | Phase::Resetting) {
                        self.step = WaitStep::Block(Some(self.cond.wait::<PyHost>()));
                        input = Ok(Value::None);
                        continue;
                    }
                    if phase == Phase::Broken {
                        return self.leave(Err(broken("Barrier aborted")), false, lp);
                    }
                    let parties = {
                        let mut s = self.state.borrow_mut();
                        self.index = s.count;
                        s.count += 1;
                        s.parties
                    };
                    if self.index + 1 == parties {
                        self.state.borrow_mut().phase = Phase::Draining;
                        if let Err(e) = self.cond.notify_all(lp) {
                            return self.leave(Err(e), true, lp);
                        }
                        return self.leave(Ok(Value::Int(self.index as i64)), true, lp);
                    }
                    self.step = WaitStep::Fill(None);
                    input = Ok(Value::None);
                }
                WaitStep::Fill(sub) => {
                    if let Some(mut w) = sub {
                        match drive(&mut w, input, lp, st) {
                            Step::Return(_) => {}
                            Step::Raise(e) => return self.leave(Err(e), true, lp),
                            other => {
                                self.step = WaitStep::Fill(Some(w));
                                return other;
                            }
                        }
                    }
                    let phase = self.state.borrow().phase;
                    if phase == Phase::Filling {
                        self.step = WaitStep::Fill(Some(self.cond.wait::<PyHost>()));
                        input = Ok(Value::None);
                        continue;
                    }
                    if matches!(phase, Phase::Broken | Phase::Resetting) {
                        return self.leave(Err(broken("Abort or reset of barrier")), true, lp);
                    }
                    return self.leave(Ok(Value::Int(self.index as i64)), true, lp);
                }
                WaitStep::Done => return Step::Raise(exc("RuntimeError", "cannot reuse already awaited coroutine")),
            }
        }
    }

    /// The `finally:` of `wait()` (when `counted`: `_count -= 1; _exit()`),
    /// then the `async with` releasing the lock.
    fn leave(&mut self, outcome: Result<Value, Rc<ExcObj>>, counted: bool, lp: &mut Loop) -> Step<PyHost> {
        self.step = WaitStep::Done;
        let mut outcome = outcome;
        if counted {
            let notify = {
                let mut s = self.state.borrow_mut();
                s.count -= 1;
                if s.count == 0 && matches!(s.phase, Phase::Resetting | Phase::Draining) {
                    s.phase = Phase::Filling;
                }
                s.count == 0
            };
            if notify && let Err(e) = self.cond.notify_all(lp) {
                outcome = Err(e);
            }
        }
        if let Err(e) = self.cond.lock().release(lp) {
            outcome = Err(e);
        }
        match outcome {
            Ok(v) => Step::Return(v),
            Err(e) => Step::Raise(e),
        }
    }
}

/// Sends `input` into a sub-coroutine, or throws it.
fn drive<C: Coroutine<PyHost>>(sub: &mut C, input: Result<Value, Rc<ExcObj>>, lp: &mut Loop, st: &mut Interp) -> Step<PyHost> {
    match input {
        Ok(v) => sub.send(v, lp, st),
        Err(e) => sub.throw(e, lp, st),
    }
}

impl Coroutine<PyHost> for Wait {
    fn send(&mut self, value: Value, lp: &mut Loop, st: &mut Interp) -> Step<PyHost> {
        self.run(Ok(value), lp, st)
    }
    fn throw(&mut self, e: Rc<ExcObj>, lp: &mut Loop, st: &mut Interp) -> Step<PyHost> {
        self.run(Err(e), lp, st)
    }
    fn describe(&self) -> String {
        "Barrier.wait()".into()
    }
}

/// The `Barrier.reset()` / `Barrier.abort()` coroutine.
struct Change {
    cond: Condition,
    state: Rc<RefCell<State>>,
    acquire: LockAcquire,
    abort: bool,
}

impl Change {
    fn run(&mut self, input: Result<Value, Rc<ExcObj>>, lp: &mut Loop, st: &mut Interp) -> Step<PyHost> {
        match drive(&mut self.acquire, input, lp, st) {
            Step::Return(_) => {}
            other => return other,
        }
        {
            let mut s = self.state.borrow_mut();
            s.phase = if self.abort {
                Phase::Broken
            } else if s.count > 0 {
                Phase::Resetting
            } else {
                Phase::Filling
            };
        }
        let notified = self.cond.notify_all(lp);
        let released = self.cond.lock().release(lp);
        match notified.and(released) {
            Ok(()) => Step::Return(Value::None),
            Err(e) => Step::Raise(e),
        }
    }
}

impl Coroutine<PyHost> for Change {
    fn send(&mut self, value: Value, lp: &mut Loop, st: &mut Interp) -> Step<PyHost> {
        self.run(Ok(value), lp, st)
    }
    fn throw(&mut self, e: Rc<ExcObj>, lp: &mut Loop, st: &mut Interp) -> Step<PyHost> {
        self.run(Err(e), lp, st)
    }
    fn describe(&self) -> String {
        if self.abort { "Barrier.abort()".into() } else { "Barrier.reset()".into() }
    }
}

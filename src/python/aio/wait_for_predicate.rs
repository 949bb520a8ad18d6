//! `Condition.wait_for(predicate)` (3.11 locks.py): calls the predicate,
//! and while it is false waits on the condition and calls it again.

use std::rc::Rc;

use super::asyncio::{Loop, PyHost};
use crate::engine::{Condition, ConditionWait, Coroutine, Step};
use crate::python::object::errors::ExcObj;
use crate::python::object::value::Value;
use crate::python::vm::machine::{Interp, Vm};

/// The `cond.wait_for(predicate)` coroutine.
pub struct WaitForPredicate {
    cond: Condition,
    predicate: Value,
    waiting: Option<ConditionWait<PyHost>>,
}

impl WaitForPredicate {
    /// `cond.wait_for(predicate)`.
    pub fn new(cond: Condition, predicate: Value) -> Self {
        WaitForPredicate { cond, predicate, waiting: None }
    }

    /// Calls the predicate; a true result ends the wait, a false one waits again.
    fn check(&mut self, lp: &mut Loop, st: &mut Interp) -> Step<PyHost> {
        let result = match Vm::new(st, Some(lp)).call(&self.predicate, Vec::new(), Vec::new()) {
            Ok(v) => v,
            Err(e) => return Step::Raise(e),
        };
        if result.truthy() {
            return Step::Return(result);
        }
        let mut wait = self.cond.wait::<PyHost>();
        let step = wait.send(Value::None, lp, st);
        self.waiting = Some(wait);
        self.after(step, lp, st)
    }

    fn after(&mut self, step: Step<PyHost>, lp: &mut Loop, st: &mut Interp) -> Step<PyHost> {
        match step {
            Step::Return(_) => {
                self.waiting = None;
                self.check(lp, st)
            }
            Step::Raise(e) => {
                self.waiting = None;
                Step::Raise(e)
            }
            other => other,
        }
    }
}

impl Coroutine<PyHost> for WaitForPredicate {
    fn send(&mut self, value: Value, lp: &mut Loop, st: &mut Interp) -> Step<PyHost> {
        match self.waiting.as_mut() {
            Some(w) => {
                let step = w.send(value, lp, st);
                self.after(step, lp, st)
            }
            None => self.check(lp, st),
        }
    }
    fn throw(&mut self, e: Rc<ExcObj>, lp: &mut Loop, st: &mut Interp) -> Step<PyHost> {
        match self.waiting.as_mut() {
            Some(w) => {
                let step = w.throw(e, lp, st);
                self.after(step, lp, st)
            }
            None => Step::Raise(e),
        }
    }
    fn describe(&self) -> String {
        "Condition.wait_for()".into()
    }
}

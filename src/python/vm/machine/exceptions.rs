//! The VM's instructions: handler blocks, matching and raising exceptions.

use std::rc::Rc;

use super::{Vm, exception_matches};
use crate::python::object::code::{Code, Op};
use crate::python::object::errors::{Res, exc};
use crate::python::object::frame::{Block, Frame};
use crate::python::object::value::Value;
use crate::python::vm::exception_group::prep_reraise_star;

impl Vm<'_> {
    /// `Op::SetupExcept(t)`.
    pub(super) fn op_setup_except(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::SetupExcept(t) = op else {
            return Ok(());
        };
        frame.blocks.push(Block {
        handler: t as usize,
        stack_depth: frame.stack.len(),
        handling_depth: self.handling.len().saturating_sub(frame.handling_base),
    });
        Ok(())
    }

    /// `Op::PopBlock`.
    pub(super) fn op_pop_block(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::PopBlock = op else {
            return Ok(());
        };
        frame.blocks.pop();
        Ok(())
    }

    /// `Op::PushExcInfo`.
    pub(super) fn op_push_exc_info(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::PushExcInfo = op else {
            return Ok(());
        };
        if let Some(Value::Exc(e)) = frame.stack.last() {
            self.handling.push(e.clone());
        }
        Ok(())
    }

    /// `Op::PopExcInfo`.
    pub(super) fn op_pop_exc_info(&mut self, op: Op, _frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::PopExcInfo = op else {
            return Ok(());
        };
        self.handling.pop();
        Ok(())
    }

    /// `Op::ExceptMatch`.
    pub(super) fn op_except_match(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::ExceptMatch = op else {
            return Ok(());
        };
        let class = Self::pop(frame);
        let Some(Value::Exc(e)) = frame.stack.last() else {
            frame.stack.push(Value::Bool(false));
            return Ok(());
        };
        let matched = exception_matches(e, &class)?;
        frame.stack.push(Value::Bool(matched));
        Ok(())
    }

    /// `Op::Raise(n)`.
    pub(super) fn op_raise(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::Raise(n) = op else {
            return Ok(());
        };
        let e = match n {
            0 => match self.handling.last().cloned() {
                Some(e) => {
                    self.reraising = true;
                    return Err(e);
                }
                None => exc("RuntimeError", "No active exception to reraise"),
            },
            1 => {
                let v = Self::pop(frame);
                self.make_exception(v)?
            }
            _ => {
                let cause = Self::pop(frame);
                let v = Self::pop(frame);
                let e = self.make_exception(v)?;
                e.suppress_context.set(true);
                if let Value::Exc(c) = cause {
                    *e.cause.borrow_mut() = Some(c);
                } else if !matches!(cause, Value::None) {
                    let is_class = match &cause {
                        Value::Type(name) => crate::python::object::errors::exception_class(name).is_some(),
                        Value::Class(c) => c.exception_base().is_some(),
                        _ => false,
                    };
                    if !is_class {
                        return Err(exc("TypeError", "exception causes must derive from BaseException"));
                    }
                    *e.cause.borrow_mut() = Some(self.make_exception(cause)?);
                }
                e
            }
        };
        Err(self.raise_with_context(e))
    }

    /// `Op::Reraise`.
    pub(super) fn op_reraise(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::Reraise = op else {
            return Ok(());
        };
        let v = Self::pop(frame);
        match v {
            Value::Exc(e) => {
                self.reraising = true;
                Err(e)
            }
            _ => Err(exc("RuntimeError", "reraise without exception")),
        }
    }

    /// `Op::CheckEgMatch`, `Op::StarAppend` and `Op::PrepReraiseStar`: the
    /// steps of an `except*` statement.
    pub(super) fn op_except_star(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        match op {
            Op::CheckEgMatch(target) => {
                let class = Self::pop(frame);
                let rest = Self::pop(frame);
                let here = self.traceback_entry(frame);
                let (matched, rest) = self.check_eg_match(&rest, &class, Some(here))?;
                frame.stack.push(rest);
                if matches!(matched, Value::None) {
                    frame.ip = target as usize;
                } else {
                    frame.stack.push(matched);
                }
            }
            Op::StarAppend => {
                let raised = Self::pop(frame);
                if let Some(Value::List(list)) = frame.stack.iter().rev().nth(1) {
                    list.borrow_mut().push(raised);
                }
            }
            Op::PrepReraiseStar => {
                let rest = Self::pop(frame);
                let raised = Self::pop(frame);
                let orig = Self::pop(frame);
                let mut all = match raised {
                    Value::List(l) => l.borrow().clone(),
                    _ => Vec::new(),
                };
                all.push(rest);
                if let Some(e) = prep_reraise_star(self, &orig, all)? {
                    self.reraising = true;
                    return Err(e);
                }
            }
            _ => {}
        }
        Ok(())
    }
}

//! The VM's instructions: handler blocks, matching and raising exceptions.

use std::rc::Rc;

use super::{Vm, exception_matches};
use crate::python::object::code::{Code, Op};
use crate::python::object::errors::{Res, exc};
use crate::python::object::frame::{Block, Frame};
use crate::python::object::value::Value;

impl Vm<'_> {
    /// `Op::SetupExcept(t)`.
    pub(super) fn op_setup_except(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::SetupExcept(t) = op else {
            return Ok(());
        };
        frame.blocks.push(Block {
        handler: t as usize,
        stack_depth: frame.stack.len(),
        handling_depth: self.handling.len(),
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
}

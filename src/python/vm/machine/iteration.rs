//! The VM's instructions: iteration and unpacking.

use std::rc::Rc;

use super::Vm;
use crate::python::object::code::{Code, Op};
use crate::python::object::errors::{Res, exc};
use crate::python::object::frame::Frame;
use crate::python::object::value::Value;

impl Vm<'_> {
    /// `Op::GetIter`.
    pub(super) fn op_get_iter(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::GetIter = op else {
            return Ok(());
        };
        let v = Self::pop(frame);
        let it = super::super::iter::get_iter(self, &v)?;
        frame.stack.push(it);
        Ok(())
    }

    /// `Op::ForIter(t)`.
    pub(super) fn op_for_iter(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::ForIter(t) = op else {
            return Ok(());
        };
        let it = frame.stack.last().cloned().unwrap_or(Value::None);
        match super::super::iter::next(self, &it)? {
            Some(v) => frame.stack.push(v),
            None => {
                frame.stack.pop();
                frame.ip = t as usize;
            }
        }
        Ok(())
    }


    /// `Op::Unpack(n)`.
    pub(super) fn op_unpack(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::Unpack(n) = op else {
            return Ok(());
        };
        let v = Self::pop(frame);
        let items = self.items_or(&v, || format!("cannot unpack non-iterable {} object", v.type_name()))?;
        if items.len() != n as usize {
            return Err(if items.len() > n as usize {
                exc("ValueError", format!("too many values to unpack (expected {n})"))
            } else {
                exc(
                    "ValueError",
                    format!("not enough values to unpack (expected {n}, got {})", items.len()),
                )
            });
        }
        frame.stack.extend(items.into_iter().rev());
        Ok(())
    }

    /// `Op::UnpackEx(before, after)`.
    pub(super) fn op_unpack_ex(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::UnpackEx(before, after) = op else {
            return Ok(());
        };
        let v = Self::pop(frame);
        let mut items = self.items_or(&v, || format!("cannot unpack non-iterable {} object", v.type_name()))?;
        let (before, after) = (before as usize, after as usize);
        if items.len() < before + after {
            return Err(exc(
                "ValueError",
                format!(
                    "not enough values to unpack (expected at least {}, got {})",
                    before + after,
                    items.len()
                ),
            ));
        }
        let tail = items.split_off(items.len() - after);
        let middle = items.split_off(before);
        for t in tail.into_iter().rev() {
            frame.stack.push(t);
        }
        frame.stack.push(Value::list(middle));
        for h in items.into_iter().rev() {
            frame.stack.push(h);
        }
        Ok(())
    }
}

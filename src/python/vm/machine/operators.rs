//! The VM's instructions: subscripts, operators, comparisons, stack shuffles and jumps.

use std::rc::Rc;

use super::Vm;
use crate::python::object::code::{BinOp, CmpOp, Code, Op, UnOp};
use crate::python::object::errors::{ExcObj, Res, exc};
use crate::python::object::frame::Frame;
use crate::python::object::value::Value;

impl Vm<'_> {
    /// Truthiness for a jump: plain values inline, instances through
    /// `__bool__` / `__len__`.
    fn truth(&mut self, v: &Value) -> Res<bool> {
        match v {
            Value::Bool(b) => Ok(*b),
            Value::Instance(_) => super::super::dunder::truthy(self, v),
            other => Ok(other.truthy()),
        }
    }

    /// `Op::Subscr`.
    pub(super) fn op_subscr(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::Subscr = op else {
            return Ok(());
        };
        let index = Self::pop(frame);
        let obj = Self::pop(frame);
        let v = match (&obj, &index) {
            (Value::List(_) | Value::Tuple(_) | Value::Str(_), Value::Int(_) | Value::Slice(_)) => super::super::ops::get_item(&obj, &index)?,
            (Value::Native(n), _) if n.methods().contains(&"__getitem__") => {
                self.lib.call_method(self, &obj, "__getitem__", vec![index], Vec::new())?
            }
            _ => super::super::protocols::get_item(self, &obj, &index)?,
        };
        frame.stack.push(v);
        Ok(())
    }

    /// `Op::StoreSubscr`.
    pub(super) fn op_store_subscr(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::StoreSubscr = op else {
            return Ok(());
        };
        let index = Self::pop(frame);
        let obj = Self::pop(frame);
        let value = Self::pop(frame);
        if let Value::Native(n) = &obj
            && n.methods().contains(&"__setitem__")
        {
            self.lib.call_method(self, &obj, "__setitem__", vec![index, value], Vec::new())?;
            return Ok(());
        }
        super::super::protocols::set_item(self, &obj, index, value)?;
        Ok(())
    }

    /// `Op::DeleteSubscr`.
    pub(super) fn op_delete_subscr(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::DeleteSubscr = op else {
            return Ok(());
        };
        let index = Self::pop(frame);
        let obj = Self::pop(frame);
        if let Value::Native(n) = &obj
            && n.methods().contains(&"__delitem__")
        {
            self.lib.call_method(self, &obj, "__delitem__", vec![index], Vec::new())?;
            return Ok(());
        }
        super::super::protocols::del_item(self, &obj, &index)?;
        Ok(())
    }

    /// `Op::Binary(op, inplace)`.
    pub(super) fn op_binary(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::Binary(op, inplace) = op else {
            return Ok(());
        };
        // Two small ints: the result in place, without moving the operands
        // through the protocol (most arithmetic in loops and recursion).
        let n = frame.stack.len();
        if n >= 2
            && let (Value::Int(x), Value::Int(y)) = (&frame.stack[n - 2], &frame.stack[n - 1])
            && let Some(r) = super::super::ops::int_binary(op, *x, *y)
        {
            // Both operands are ints: nothing to drop.
            std::mem::forget(frame.stack.pop());
            if let Some(Value::Int(x)) = frame.stack.last_mut() {
                *x = r;
            }
            return Ok(());
        }
        let b = Self::pop(frame);
        let a = Self::pop(frame);
        let cost = super::super::bigcost::cost(op, &a, &b);
        if cost > 0 {
            self.steps = self.steps.saturating_add(cost);
            if self.steps > self.limits.max_steps {
                let line = frame.code.lines.get(frame.ip.saturating_sub(1)).copied().unwrap_or(0);
                let msg = format!(
                    "looplab: stopped after {} steps (the --max-steps limit; huge integer arithmetic \
                     counts one step per word operation) at line {line}",
                    self.limits.max_steps
                );
                return Err(self.stop(msg));
            }
        }
        let v = super::super::ops::binary(self, op, a, b, inplace).map_err(|e| inplace_message(e, op, inplace))?;
        frame.stack.push(v);
        Ok(())
    }

    /// `Op::Unary(op)`.
    pub(super) fn op_unary(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::Unary(op) = op else {
            return Ok(());
        };
        let a = Self::pop(frame);
        let v = match op {
            UnOp::Not => Value::Bool(!super::super::dunder::truthy(self, &a)?),
            _ if let Some(r) = super::super::flags::unary(self, op, &a) => r?,
            _ if let Some(x) = crate::python::object::scalar::scalar_of(&a, &["__neg__", "__pos__", "__invert__"]) => {
                super::super::ops::unary(op, &x)?
            }
            _ if matches!(a, Value::Instance(_)) => super::super::arith::unary(self, op, &a)?,
            UnOp::Neg | UnOp::Pos if matches!(&a, Value::Native(n) if n.methods().contains(&"__neg__")) => {
                let name = if op == UnOp::Neg { "__neg__" } else { "__pos__" };
                self.lib.call_method(self, &a, name, Vec::new(), Vec::new())?
            }
            _ => super::super::ops::unary(op, &a)?,
        };
        frame.stack.push(v);
        Ok(())
    }

    /// `Op::Compare(op)`.
    pub(super) fn op_compare(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::Compare(op) = op else {
            return Ok(());
        };
        let n = frame.stack.len();
        if n >= 2
            && let (Value::Int(x), Value::Int(y)) = (&frame.stack[n - 2], &frame.stack[n - 1])
            && let Some(v) = super::super::ops::int_compare(op, *x, *y)
        {
            // Both operands are ints: nothing to drop.
            std::mem::forget(frame.stack.pop());
            if let Some(top) = frame.stack.last_mut() {
                std::mem::forget(std::mem::replace(top, Value::Bool(v)));
            }
            return Ok(());
        }
        let b = Self::pop(frame);
        let a = Self::pop(frame);
        if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
            let rich = !matches!(op, CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn);
            if rich {
                let v = super::super::compare::rich(self, op, &a, &b)?;
                frame.stack.push(v);
                return Ok(());
            }
        }
        if matches!(op, CmpOp::In | CmpOp::NotIn) && super::super::enums::contains_warns(&b, &a) {
            self.deprecation_warning(frame.current_line(), super::super::enums::CONTAINS_WARNING);
        }
        let v = super::super::ops::compare(self, op, &a, &b)?;
        frame.stack.push(Value::Bool(v));
        Ok(())
    }

    /// `Op::Pop`.
    pub(super) fn op_pop(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::Pop = op else {
            return Ok(());
        };
        if let Some(Value::Gen(g)) = frame.stack.pop() {
            self.warn_if_never_awaited(&g, frame);
        }
        Ok(())
    }

    /// `Op::Dup`.
    pub(super) fn op_dup(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::Dup = op else {
            return Ok(());
        };
        let v = frame.stack.last().cloned().unwrap_or(Value::None);
        frame.stack.push(v);
        Ok(())
    }

    /// `Op::Dup2`.
    pub(super) fn op_dup2(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::Dup2 = op else {
            return Ok(());
        };
        let n = frame.stack.len();
        if n >= 2 {
            let (a, b) = (frame.stack[n - 2].clone(), frame.stack[n - 1].clone());
            frame.stack.push(a);
            frame.stack.push(b);
        }
        Ok(())
    }

    /// `Op::Rot2`.
    pub(super) fn op_rot2(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::Rot2 = op else {
            return Ok(());
        };
        let n = frame.stack.len();
        if n >= 2 {
            frame.stack.swap(n - 1, n - 2);
        }
        Ok(())
    }

    /// `Op::Rot3`.
    pub(super) fn op_rot3(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::Rot3 = op else {
            return Ok(());
        };
        let v = Self::pop(frame);
        let n = frame.stack.len();
        frame.stack.insert(n.saturating_sub(2), v);
        Ok(())
    }

    /// `Op::JumpIfFalse(t)`.
    pub(super) fn op_jump_if_false(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::JumpIfFalse(t) = op else {
            return Ok(());
        };
        let jump = match frame.stack.last() {
            // A comparison's bool: nothing to drop.
            Some(&Value::Bool(b)) => {
                std::mem::forget(frame.stack.pop());
                !b
            }
            _ => {
                let v = Self::pop(frame);
                !self.truth(&v)?
            }
        };
        if jump {
            frame.ip = t as usize;
        }
        Ok(())
    }

    /// `Op::JumpIfTrue(t)`.
    pub(super) fn op_jump_if_true(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::JumpIfTrue(t) = op else {
            return Ok(());
        };
        let jump = match frame.stack.last() {
            // A comparison's bool: nothing to drop.
            Some(&Value::Bool(b)) => {
                std::mem::forget(frame.stack.pop());
                b
            }
            _ => {
                let v = Self::pop(frame);
                self.truth(&v)?
            }
        };
        if jump {
            frame.ip = t as usize;
        }
        Ok(())
    }

    /// `Op::JumpIfFalseOrPop(t)`.
    pub(super) fn op_jump_if_false_or_pop(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::JumpIfFalseOrPop(t) = op else {
            return Ok(());
        };
        let v = frame.stack.last().cloned().unwrap_or(Value::None);
        if !self.truth(&v)? {
            frame.ip = t as usize;
        } else {
            frame.stack.pop();
        }
        Ok(())
    }

    /// `Op::JumpIfTrueOrPop(t)`.
    pub(super) fn op_jump_if_true_or_pop(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::JumpIfTrueOrPop(t) = op else {
            return Ok(());
        };
        let v = frame.stack.last().cloned().unwrap_or(Value::None);
        if self.truth(&v)? {
            frame.ip = t as usize;
        } else {
            frame.stack.pop();
        }
        Ok(())
    }
}

/// An augmented assignment names its operator as `+=` in CPython's
/// "unsupported operand type(s)" message.
fn inplace_message(e: Rc<ExcObj>, op: BinOp, inplace: bool) -> Rc<ExcObj> {
    let binary = format!("unsupported operand type(s) for {}:", op.symbol());
    let message = e.message();
    match message.strip_prefix(&binary) {
        Some(operands) if inplace && e.kind == "TypeError" => {
            let symbol = if op == BinOp::Pow { "**" } else { op.symbol() };
            exc("TypeError", format!("unsupported operand type(s) for {symbol}=:{operands}"))
        }
        _ => e,
    }
}

impl Vm<'_> {
    /// A DeprecationWarning from the program's `line`, shown once per line as
    /// CPython's default filter shows warnings attributed to `__main__`.
    fn deprecation_warning(&mut self, line: u32, message: &str) {
        if !self.warned_lines.insert((line, format!("DeprecationWarning: {message}"))) {
            return;
        }
        let (filename, source) = self.program.clone();
        let text = source.lines().nth(line.saturating_sub(1) as usize).unwrap_or("").trim();
        self.write(&format!("{filename}:{line}: DeprecationWarning: {message}\n  {text}\n"), true);
    }
}

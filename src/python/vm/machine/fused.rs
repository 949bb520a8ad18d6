//! The VM's superinstructions (made by `front/compile/fuse.rs`): each does
//! the sequence of instructions it starts at once when its operands are
//! plain ints (floats for a comparison; any bound value for two loads),
//! else only its first instruction.
//!
//! The shortcut runs no Python code, raises nothing and drops nothing that
//! owns anything before its last instruction (a store may drop the value it
//! replaces: the next instruction finalizes it, as unfused), so skipping the
//! main loop's per-instruction work for the instructions after the first
//! changes nothing but the time taken: the steps still count one per
//! instruction, and the shortcut is not taken when one of those steps is
//! due for a check (the step and real-time limits, the progress hook, the
//! memory limit; see [`Vm::may_fuse`]). `frame.ip` and the running line end
//! where the unfused instructions would have left them.

use std::rc::Rc;

use super::{Vm, fast};
use crate::python::object::code::{BinOp, CmpOp, Code, Op};
use crate::python::object::errors::Res;
use crate::python::object::frame::Frame;
use crate::python::object::value::Value;
use crate::python::vm::ops::{int_binary, int_compare};

/// `a <op> b` for two plain ints or two floats, when it is one of the six
/// orderings: what `Op::Compare` gives for them.
#[inline(always)]
fn plain_compare(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => int_compare(op, *x, *y),
        (Value::Float(x), Value::Float(y)) => match op {
            CmpOp::Eq => Some(x == y),
            CmpOp::Ne => Some(x != y),
            CmpOp::Lt => Some(x < y),
            CmpOp::Le => Some(x <= y),
            CmpOp::Gt => Some(x > y),
            CmpOp::Ge => Some(x >= y),
            _ => None,
        },
        _ => None,
    }
}

/// `x <op> c` when both are plain ints and the result fits.
#[inline(always)]
fn int_with_const(op: BinOp, x: &Value, c: &Value) -> Option<i64> {
    match (x, c) {
        (Value::Int(x), Value::Int(y)) => int_binary(op, *x, *y),
        _ => None,
    }
}

/// Overwrites the int `slot` holds with `r` (without the call that drops
/// any value: an int owns nothing).
#[inline(always)]
fn set_int(slot: &mut Value, r: i64) {
    if let Value::Int(x) = slot {
        *x = r;
    }
}

impl Vm<'_> {
    /// Whether the `k` instructions after the one just fetched may run
    /// without the main loop's checks: no step among them reaches the next
    /// step at which one is due (memory checks included, see
    /// `next_check_after`). Nothing a shortcut does can raise the flag the
    /// main loop also looks at (finalizers, a suspension request).
    #[inline(always)]
    fn may_fuse(&self, k: u64) -> bool {
        self.steps + k < self.next_check
    }

    /// Counts the `k` instructions a shortcut ran after its first, and
    /// leaves `frame.ip` at `ip` and the running line where the last of
    /// them (at `last`) put it.
    #[inline(always)]
    fn fused(&mut self, frame: &mut Frame, k: u64, last: usize, ip: usize) {
        self.steps += k;
        self.running_lines.now = last + 1;
        frame.ip = ip;
    }

    /// `Op::ConstBinary(op, inplace, c)`: `Const(c); Binary(op, inplace)`.
    pub(super) fn op_const_binary(&mut self, op: Op, frame: &mut Frame, code: &Rc<Code>) -> Res<()> {
        let Op::ConstBinary(bin, _, c) = op else {
            return Ok(());
        };
        let constant = &code.consts[c as usize];
        if let Some(top) = frame.stack.last_mut()
            && let Some(r) = int_with_const(bin, top, constant)
            && self.may_fuse(1)
        {
            set_int(top, r);
            let at = frame.ip;
            self.fused(frame, 1, at, at + 1);
            return Ok(());
        }
        frame.stack.push(fast::clone_value(constant));
        Ok(())
    }

    /// `Op::CompareJump(op, t)`: `Compare(op); JumpIfFalse(t)`.
    pub(super) fn op_compare_jump(&mut self, op: Op, frame: &mut Frame, code: &Rc<Code>) -> Res<()> {
        let Op::CompareJump(cmp, target) = op else {
            return Ok(());
        };
        let n = frame.stack.len();
        if n >= 2
            && let Some(v) = plain_compare(cmp, &frame.stack[n - 2], &frame.stack[n - 1])
            && self.may_fuse(1)
        {
            // Two ints or two floats: nothing to drop.
            std::mem::forget(frame.stack.pop());
            std::mem::forget(frame.stack.pop());
            let at = frame.ip;
            self.fused(frame, 1, at, if v { at + 1 } else { target as usize });
            return Ok(());
        }
        self.op_compare(Op::Compare(cmp), frame, code)
    }

    /// `Op::ConstCompareJump(op, c, t)`: `Const(c); Compare(op); JumpIfFalse(t)`.
    pub(super) fn op_const_compare_jump(&mut self, op: Op, frame: &mut Frame, code: &Rc<Code>) -> Res<()> {
        let Op::ConstCompareJump(cmp, c, target) = op else {
            return Ok(());
        };
        let constant = &code.consts[c as usize];
        if let Some(top) = frame.stack.last()
            && let Some(v) = plain_compare(cmp, top, constant)
            && self.may_fuse(2)
        {
            std::mem::forget(frame.stack.pop());
            let at = frame.ip;
            self.fused(frame, 2, at + 1, if v { at + 2 } else { target as usize });
            return Ok(());
        }
        frame.stack.push(fast::clone_value(constant));
        Ok(())
    }

    /// `Op::LocalConstCompareJump(op, l, c, t)`:
    /// `LoadLocal(l); Const(c); Compare(op); JumpIfFalse(t)`.
    pub(super) fn op_local_const_compare_jump(&mut self, op: Op, frame: &mut Frame, code: &Rc<Code>) -> Res<()> {
        let Op::LocalConstCompareJump(cmp, l, c, target) = op else {
            return Ok(());
        };
        if let Some(Some(local)) = frame.locals.get(l as usize)
            && let Some(v) = plain_compare(cmp, local, &code.consts[c as usize])
            && self.may_fuse(3)
        {
            let at = frame.ip;
            self.fused(frame, 3, at + 2, if v { at + 3 } else { target as usize });
            return Ok(());
        }
        self.op_load_local(Op::LoadLocal(l.into()), frame, code)
    }

    /// `Op::GlobalConstCompareJump(op, g, c, t)`:
    /// `LoadGlobal(g); Const(c); Compare(op); JumpIfFalse(t)`.
    pub(super) fn op_global_const_compare_jump(&mut self, op: Op, frame: &mut Frame, code: &Rc<Code>) -> Res<()> {
        let Op::GlobalConstCompareJump(cmp, g, c, target) = op else {
            return Ok(());
        };
        if let Some(Some(global)) = self.globals.get(g as usize)
            && let Some(v) = plain_compare(cmp, global, &code.consts[c as usize])
            && self.may_fuse(3)
        {
            let at = frame.ip;
            self.fused(frame, 3, at + 2, if v { at + 3 } else { target as usize });
            return Ok(());
        }
        self.op_load_global(Op::LoadGlobal(g.into()), frame, code)
    }

    /// `Op::LoadLocal2(a, b)`: `LoadLocal(a); LoadLocal(b)`.
    pub(super) fn op_load_local2(&mut self, op: Op, frame: &mut Frame, code: &Rc<Code>) -> Res<()> {
        let Op::LoadLocal2(a, b) = op else {
            return Ok(());
        };
        if let (Some(Some(x)), Some(Some(y))) = (frame.locals.get(a as usize), frame.locals.get(b as usize))
            && self.may_fuse(1)
        {
            let (x, y) = (fast::clone_value(x), fast::clone_value(y));
            frame.stack.push(x);
            frame.stack.push(y);
            let at = frame.ip;
            self.fused(frame, 1, at, at + 1);
            return Ok(());
        }
        self.op_load_local(Op::LoadLocal(a), frame, code)
    }

    /// `Op::NopJump(t)`: `Nop; Jump(t)`.
    pub(super) fn op_nop_jump(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::NopJump(target) = op else {
            return Ok(());
        };
        if self.may_fuse(1) {
            let at = frame.ip;
            self.fused(frame, 1, at, target as usize);
        }
        Ok(())
    }

    /// `Op::AugLocal(op, l, c)`: `LoadLocal(l); Const(c); Binary(op, true); StoreLocal(l)`.
    pub(super) fn op_aug_local(&mut self, op: Op, frame: &mut Frame, code: &Rc<Code>) -> Res<()> {
        let Op::AugLocal(bin, l, c) = op else {
            return Ok(());
        };
        let fits = self.may_fuse(3);
        if let Some(Some(local)) = frame.locals.get_mut(l as usize)
            && let Some(r) = int_with_const(bin, local, &code.consts[c as usize])
            && fits
        {
            set_int(local, r);
            let at = frame.ip;
            self.fused(frame, 3, at + 2, at + 3);
            return Ok(());
        }
        self.op_load_local(Op::LoadLocal(l), frame, code)
    }

    /// `Op::AugGlobal(op, g, c)`: `LoadGlobal(g); Const(c); Binary(op, true); StoreGlobal(g)`.
    pub(super) fn op_aug_global(&mut self, op: Op, frame: &mut Frame, code: &Rc<Code>) -> Res<()> {
        let Op::AugGlobal(bin, g, c) = op else {
            return Ok(());
        };
        let fits = self.may_fuse(3);
        if let Some(Some(global)) = self.globals.get_mut(g as usize)
            && let Some(r) = int_with_const(bin, global, &code.consts[c as usize])
            && fits
        {
            set_int(global, r);
            let at = frame.ip;
            self.fused(frame, 3, at + 2, at + 3);
            return Ok(());
        }
        self.op_load_global(Op::LoadGlobal(g), frame, code)
    }

    /// `Op::LoadGlobal2(a, b)`: `LoadGlobal(a); LoadGlobal(b)`.
    pub(super) fn op_load_global2(&mut self, op: Op, frame: &mut Frame, code: &Rc<Code>) -> Res<()> {
        let Op::LoadGlobal2(a, b) = op else {
            return Ok(());
        };
        if let (Some(Some(x)), Some(Some(y))) = (self.globals.get(a as usize), self.globals.get(b as usize))
            && self.may_fuse(1)
        {
            let (x, y) = (fast::clone_value(x), fast::clone_value(y));
            frame.stack.push(x);
            frame.stack.push(y);
            let at = frame.ip;
            self.fused(frame, 1, at, at + 1);
            return Ok(());
        }
        self.op_load_global(Op::LoadGlobal(a), frame, code)
    }

    /// `Op::LocalConstBinary(op, inplace, l, c)`: `LoadLocal(l); Const(c); Binary(op, inplace)`.
    pub(super) fn op_local_const_binary(&mut self, op: Op, frame: &mut Frame, code: &Rc<Code>) -> Res<()> {
        let Op::LocalConstBinary(bin, _, l, c) = op else {
            return Ok(());
        };
        if let Some(Some(local)) = frame.locals.get(l as usize)
            && let Some(r) = int_with_const(bin, local, &code.consts[c as usize])
            && self.may_fuse(2)
        {
            frame.stack.push(Value::Int(r));
            let at = frame.ip;
            self.fused(frame, 2, at + 1, at + 2);
            return Ok(());
        }
        self.op_load_local(Op::LoadLocal(l.into()), frame, code)
    }

    /// The result of `Binary(op, _)` on the two ints on top of the stack,
    /// popped, when the shortcut may take the next instruction too.
    #[inline(always)]
    fn pop_int_binary(&self, frame: &mut Frame, op: BinOp) -> Option<i64> {
        let n = frame.stack.len();
        if n >= 2
            && let (Value::Int(x), Value::Int(y)) = (&frame.stack[n - 2], &frame.stack[n - 1])
            && let Some(r) = int_binary(op, *x, *y)
            && self.may_fuse(1)
        {
            // Both operands are ints: nothing to drop.
            std::mem::forget(frame.stack.pop());
            std::mem::forget(frame.stack.pop());
            return Some(r);
        }
        None
    }

    /// `Op::BinaryStoreLocal(op, inplace, l)`: `Binary(op, inplace); StoreLocal(l)`.
    /// The store is the last of the two, so a value it drops is finalized
    /// at the next instruction, as unfused.
    pub(super) fn op_binary_store_local(&mut self, op: Op, frame: &mut Frame, code: &Rc<Code>) -> Res<()> {
        let Op::BinaryStoreLocal(bin, inplace, l) = op else {
            return Ok(());
        };
        if let Some(r) = self.pop_int_binary(frame, bin) {
            fast::store(&mut frame.locals[l as usize], Value::Int(r));
            let at = frame.ip;
            self.fused(frame, 1, at, at + 1);
            return Ok(());
        }
        self.op_binary(Op::Binary(bin, inplace), frame, code)
    }

    /// `Op::BinaryStoreGlobal(op, inplace, g)`: `Binary(op, inplace); StoreGlobal(g)`.
    pub(super) fn op_binary_store_global(&mut self, op: Op, frame: &mut Frame, code: &Rc<Code>) -> Res<()> {
        let Op::BinaryStoreGlobal(bin, inplace, g) = op else {
            return Ok(());
        };
        if let Some(r) = self.pop_int_binary(frame, bin) {
            if let Some(slot) = self.globals.get_mut(g as usize) {
                fast::store(slot, Value::Int(r));
            }
            let at = frame.ip;
            self.fused(frame, 1, at, at + 1);
            return Ok(());
        }
        self.op_binary(Op::Binary(bin, inplace), frame, code)
    }
}

//! The compiler's last pass: superinstructions. Where a short sequence the
//! loops and recursions of most programs repeat begins (a comparison and its
//! jump, `x += 1`, a constant operand), its first instruction becomes one
//! that does the whole sequence when its operands allow (see the fused
//! variants of [`Op`]), so the VM dispatches once instead of two to four
//! times.
//!
//! Only the first instruction is replaced: the rest stay where they were,
//! so jumps into the middle of a sequence, line numbers, source spans and
//! the step count of every instruction are unchanged, and a fused
//! instruction that cannot take its shortcut does its first instruction and
//! lets the VM go on with the next one.

use crate::python::object::code::Op;

/// Replaces the first instruction of each fusable sequence of `ops` by its
/// superinstruction. Sequences are matched against the instructions as
/// compiled, so overlapping ones each get theirs.
pub(super) fn fuse(ops: &mut [Op]) {
    #[cfg(test)]
    if UNFUSED.with(std::cell::Cell::get) {
        return;
    }
    let compiled = ops.to_vec();
    for (i, op) in ops.iter_mut().enumerate() {
        if let Some(fused) = fused_at(&compiled[i..]) {
            *op = fused;
        }
    }
}

#[cfg(test)]
thread_local! {
    /// Set by tests that compare a run with and without superinstructions.
    pub(crate) static UNFUSED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The superinstruction for the sequence starting `ops`, longest first.
fn fused_at(ops: &[Op]) -> Option<Op> {
    let small = |i: u32| u16::try_from(i).ok();
    match *ops {
        [Op::LoadLocal(l), Op::Const(c), Op::Binary(op, true), Op::StoreLocal(s), ..] if l == s => {
            Some(Op::AugLocal(op, l, c))
        }
        [Op::LoadGlobal(g), Op::Const(c), Op::Binary(op, true), Op::StoreGlobal(s), ..] if g == s => {
            Some(Op::AugGlobal(op, g, c))
        }
        [Op::LoadLocal(l), Op::Const(c), Op::Compare(op), Op::JumpIfFalse(t), ..] if let (Some(l), Some(c)) = (small(l), small(c)) => {
            Some(Op::LocalConstCompareJump(op, l, c, t))
        }
        [Op::LoadGlobal(g), Op::Const(c), Op::Compare(op), Op::JumpIfFalse(t), ..] if let (Some(g), Some(c)) = (small(g), small(c)) => {
            Some(Op::GlobalConstCompareJump(op, g, c, t))
        }
        [Op::LoadLocal(l), Op::Const(c), Op::Binary(op, inplace), ..] if let (Some(l), Some(c)) = (small(l), small(c)) => {
            Some(Op::LocalConstBinary(op, inplace, l, c))
        }
        [Op::Const(c), Op::Compare(op), Op::JumpIfFalse(t), ..] => Some(Op::ConstCompareJump(op, c, t)),
        [Op::Binary(op, inplace), Op::StoreLocal(l), ..] => Some(Op::BinaryStoreLocal(op, inplace, l)),
        [Op::Binary(op, inplace), Op::StoreGlobal(g), ..] => Some(Op::BinaryStoreGlobal(op, inplace, g)),
        [Op::Const(c), Op::Binary(op, inplace), ..] => Some(Op::ConstBinary(op, inplace, c)),
        [Op::Compare(op), Op::JumpIfFalse(t), ..] => Some(Op::CompareJump(op, t)),
        [Op::LoadLocal(a), Op::LoadLocal(b), ..] => Some(Op::LoadLocal2(a, b)),
        [Op::LoadGlobal(a), Op::LoadGlobal(b), ..] => Some(Op::LoadGlobal2(a, b)),
        [Op::Nop, Op::Jump(t), ..] => Some(Op::NopJump(t)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::fuse;
    use crate::python::object::code::{BinOp, CmpOp, Op};

    #[test]
    fn an_augmented_local_becomes_one_instruction_and_keeps_its_tail() {
        let mut ops = vec![Op::LoadLocal(0), Op::Const(1), Op::Binary(BinOp::Add, true), Op::StoreLocal(0)];
        fuse(&mut ops);
        assert!(matches!(ops[0], Op::AugLocal(BinOp::Add, 0, 1)));
        assert!(matches!(ops[1], Op::ConstBinary(BinOp::Add, true, 1)));
        assert!(matches!(ops[3], Op::StoreLocal(0)));
    }

    #[test]
    fn an_augmented_assignment_to_another_variable_is_not_an_increment() {
        let mut ops = vec![Op::LoadLocal(0), Op::Const(1), Op::Binary(BinOp::Add, true), Op::StoreLocal(1)];
        fuse(&mut ops);
        assert!(matches!(ops[0], Op::LocalConstBinary(BinOp::Add, true, 0, 1)));
    }

    #[test]
    fn a_loop_test_on_a_global_fuses_with_its_jump() {
        let mut ops = vec![Op::LoadGlobal(3), Op::Const(2), Op::Compare(CmpOp::Lt), Op::JumpIfFalse(9)];
        fuse(&mut ops);
        assert!(matches!(ops[0], Op::GlobalConstCompareJump(CmpOp::Lt, 3, 2, 9)));
        assert!(matches!(ops[1], Op::ConstCompareJump(CmpOp::Lt, 2, 9)));
        assert!(matches!(ops[2], Op::CompareJump(CmpOp::Lt, 9)));
        assert!(matches!(ops[3], Op::JumpIfFalse(9)));
    }

    #[test]
    fn operands_too_large_for_the_short_form_take_the_shorter_fusion() {
        let mut ops = vec![Op::LoadLocal(70_000), Op::Const(0), Op::Compare(CmpOp::Eq), Op::JumpIfFalse(9)];
        fuse(&mut ops);
        assert!(matches!(ops[0], Op::LoadLocal(70_000)));
        assert!(matches!(ops[1], Op::ConstCompareJump(CmpOp::Eq, 0, 9)));
    }

    #[test]
    fn an_operation_with_a_constant_and_a_store_fuse_each_way() {
        let mut ops = vec![Op::LoadLocal(2), Op::Const(0), Op::Binary(BinOp::Sub, false), Op::StoreGlobal(4)];
        fuse(&mut ops);
        assert!(matches!(ops[0], Op::LocalConstBinary(BinOp::Sub, false, 2, 0)));
        assert!(matches!(ops[2], Op::BinaryStoreGlobal(BinOp::Sub, false, 4)));
    }

    #[test]
    fn an_instruction_stays_small_with_the_fused_forms() {
        assert!(std::mem::size_of::<Op>() <= 12);
    }
}

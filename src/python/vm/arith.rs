//! Arithmetic on user objects as CPython's `binary_op1` / `binary_iop1` do
//! it: the in-place method first (`__iadd__`), then the left operand's
//! method, then the right operand's reflected one (first instead, when the
//! right operand's class is a subclass that overrides it), with
//! `NotImplemented` passing the turn; unary `-`, `+`, `~` through `__neg__`,
//! `__pos__`, `__invert__`.

use crate::python::object::code::{BinOp, UnOp};
use crate::python::object::errors::{Res, type_error};
use crate::python::object::value::Value;
use super::dunder::{overrides, same_class, special, try_call, type_name};
use super::machine::Vm;

/// The special methods of `op`: forward, reflected, in-place, and its symbol.
pub fn names(op: BinOp) -> (&'static str, &'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__", "+="),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__", "-="),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__", "*="),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__", "/="),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__", "//="),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__", "%="),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__", "**="),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__", "@="),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__", "<<="),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__", ">>="),
        BinOp::And => ("__and__", "__rand__", "__iand__", "&="),
        BinOp::Or => ("__or__", "__ror__", "__ior__", "|="),
        BinOp::Xor => ("__xor__", "__rxor__", "__ixor__", "^="),
    }
}

fn call_or_not_implemented(vm: &mut Vm, recv: &Value, name: &str, other: &Value) -> Res<Value> {
    match try_call(vm, recv, name, vec![other.clone()]) {
        Some(r) => r,
        None => Ok(Value::NotImplemented),
    }
}

/// `a <op> b` (or `a <op>= b`) where an operand is a user instance.
pub fn binary(vm: &mut Vm, op: BinOp, a: Value, b: Value, inplace: bool) -> Res<Value> {
    let (name, rname, iname, isym) = names(op);
    if inplace && let Some(r) = try_call(vm, &a, iname, vec![b.clone()]) {
        let r = r?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    let r = binary_op1(vm, &a, &b, name, rname)?;
    if !matches!(r, Value::NotImplemented) {
        return Ok(r);
    }
    let is_seq = |v: &Value| matches!(v, Value::Str(_) | Value::List(_) | Value::Tuple(_));
    if op == BinOp::Add && inplace && matches!(a, Value::List(_)) {
        return super::ops::binary_plain(vm, op, a, b, true);
    }
    if op == BinOp::Add && is_seq(&a) {
        let t = a.type_name();
        return type_error(format!("can only concatenate {t} (not \"{}\") to {t}", type_name(&b)));
    }
    if op == BinOp::Mul && (is_seq(&a) || is_seq(&b)) {
        let (seq, count) = if is_seq(&a) { (a, b) } else { (b, a) };
        if let Some(n) = try_call(vm, &count, "__index__", Vec::new()) {
            let n = n?;
            return super::ops::binary_plain(vm, op, seq, n, inplace);
        }
        return type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(&count)));
    }
    let symbol = if inplace { isym } else { op.symbol() };
    type_error(format!("unsupported operand type(s) for {symbol}: '{}' and '{}'", type_name(&a), type_name(&b)))
}

/// CPython's `binary_op1`: `NotImplemented` when neither side can.
fn binary_op1(vm: &mut Vm, a: &Value, b: &Value, name: &str, rname: &str) -> Res<Value> {
    let mut try_reflected = match (a, b) {
        (Value::Instance(x), Value::Instance(y)) => !same_class(x, y),
        (_, Value::Instance(_)) => true,
        _ => false,
    };
    if let Value::Instance(x) = a {
        if let Value::Instance(y) = b
            && try_reflected
            && overrides(x, y, rname)
        {
            let r = call_or_not_implemented(vm, b, rname, a)?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
            try_reflected = false;
        }
        let r = call_or_not_implemented(vm, a, name, b)?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    if try_reflected && special(b, rname).is_some() {
        return call_or_not_implemented(vm, b, rname, a);
    }
    Ok(Value::NotImplemented)
}

/// Unary `-`, `+`, `~` on a user instance.
pub fn unary(vm: &mut Vm, op: UnOp, a: &Value) -> Res<Value> {
    let (name, sym) = match op {
        UnOp::Neg => ("__neg__", "-"),
        UnOp::Pos => ("__pos__", "+"),
        UnOp::Invert => ("__invert__", "~"),
        UnOp::Not => return Ok(Value::Bool(!super::dunder::truthy(vm, a)?)),
    };
    match try_call(vm, a, name, Vec::new()) {
        Some(r) => r,
        None => type_error(format!("bad operand type for unary {sym}: '{}'", type_name(a))),
    }
}

//! Rich comparison as CPython's `do_richcompare`: a user class's `__eq__`,
//! `__lt__`… with the reflected operand's method tried first when it is a
//! subclass, `NotImplemented` passing the turn, identity as the last word
//! for `==` / `!=`, and sequences compared item by item through it.

use crate::python::object::code::CmpOp;
use crate::python::object::errors::{Res, type_error};
use crate::python::object::value::Value;
use super::dunder::{call_special, special, truthy, type_name};
use super::machine::Vm;

fn names(op: CmpOp) -> (&'static str, &'static str, &'static str) {
    match op {
        CmpOp::Eq => ("__eq__", "__eq__", "=="),
        CmpOp::Ne => ("__ne__", "__ne__", "!="),
        CmpOp::Lt => ("__lt__", "__gt__", "<"),
        CmpOp::Le => ("__le__", "__ge__", "<="),
        CmpOp::Gt => ("__gt__", "__lt__", ">"),
        _ => ("__ge__", "__le__", ">="),
    }
}

/// Whether comparing `v` may need the protocol (user code, or items that may).
fn needs_protocol(v: &Value) -> bool {
    matches!(v, Value::Instance(_) | Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Set(_))
}

/// `a <op> b` for the six rich comparisons, as a value (a user `__lt__` may
/// return anything).
pub fn rich(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> Res<Value> {
    // An IntEnum or StrEnum member (an instance of a class extending str,
    // int or float that does not define the comparison) compares as the
    // int or str it also is.
    let (name, reflected, _) = names(op);
    let overridden = |v: &Value, own: &str| {
        matches!(v, Value::Instance(_)) && crate::python::object::scalar::scalar_of(v, &[own]).is_none()
    };
    if !overridden(a, name) && !overridden(b, reflected) {
        if let Some(x) = crate::python::object::scalar::scalar_of(a, &[]) {
            return rich(vm, op, &x, b);
        }
        if let Some(y) = crate::python::object::scalar::scalar_of(b, &[]) {
            return rich(vm, op, a, &y);
        }
    }
    match (a, b) {
        (Value::Instance(_), _) | (_, Value::Instance(_)) => protocol(vm, op, a, b),
        (Value::List(_), Value::List(_)) | (Value::Tuple(_), Value::Tuple(_)) if flat(a) && flat(b) => {
            super::ops::compare_plain(vm, op, a, b).map(Value::Bool)
        }
        (Value::List(_), Value::List(_)) | (Value::Tuple(_), Value::Tuple(_)) => sequences(vm, op, a, b),
        (Value::Set(x), Value::Set(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let same = super::set_ops::relation(vm, super::set_ops::SetRelation::Equal, x, y)?;
            Ok(Value::Bool(same == (op == CmpOp::Eq)))
        }
        (Value::Dict(_), Value::Dict(_)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let same = dicts_equal(vm, a, b)?;
            Ok(Value::Bool(same == (op == CmpOp::Eq)))
        }
        _ => super::ops::compare_plain(vm, op, a, b).map(Value::Bool),
    }
}

/// `a == b` as a bool, with `is` first (as containers compare items).
pub fn equal(vm: &mut Vm, a: &Value, b: &Value) -> Res<bool> {
    if !needs_protocol(a) && !needs_protocol(b) {
        return Ok(crate::python::object::value::values_equal(a, b));
    }
    if let (Value::Instance(x), Value::Instance(y)) = (a, b)
        && std::rc::Rc::ptr_eq(x, y)
    {
        return Ok(true);
    }
    let r = rich(vm, CmpOp::Eq, a, b)?;
    truthy(vm, &r)
}

/// `a <op> b` as a bool.
pub fn compare_bool(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> Res<bool> {
    if !needs_protocol(a) && !needs_protocol(b) {
        return super::ops::compare_plain(vm, op, a, b);
    }
    let r = rich(vm, op, a, b)?;
    truthy(vm, &r)
}

/// Whether no item of a list or tuple may need the protocol.
fn flat(seq: &Value) -> bool {
    match seq {
        Value::List(l) => !l.borrow().iter().any(needs_protocol),
        Value::Tuple(t) => !t.iter().any(needs_protocol),
        _ => true,
    }
}

/// The `i`th item of a list or tuple (a list is read afresh each time: an
/// `__eq__` may change it).
fn item(seq: &Value, i: usize) -> Option<Value> {
    match seq {
        Value::List(l) => l.borrow().get(i).cloned(),
        Value::Tuple(t) => t.get(i).cloned(),
        _ => None,
    }
}

fn length(seq: &Value) -> usize {
    match seq {
        Value::List(l) => l.borrow().len(),
        Value::Tuple(t) => t.len(),
        _ => 0,
    }
}

/// Lists or tuples compared as CPython does: the first items that differ
/// decide, else the lengths.
fn sequences(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> Res<Value> {
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && length(a) != length(b) {
        return Ok(Value::Bool(op == CmpOp::Ne));
    }
    let mut i = 0;
    loop {
        let (Some(x), Some(y)) = (item(a, i), item(b, i)) else {
            break;
        };
        if !equal(vm, &x, &y)? {
            return match op {
                CmpOp::Eq => Ok(Value::Bool(false)),
                CmpOp::Ne => Ok(Value::Bool(true)),
                _ => rich(vm, op, &x, &y),
            };
        }
        i += 1;
    }
    let (n, m) = (length(a), length(b));
    Ok(Value::Bool(match op {
        CmpOp::Eq => n == m,
        CmpOp::Ne => n != m,
        CmpOp::Lt => n < m,
        CmpOp::Le => n <= m,
        CmpOp::Gt => n > m,
        _ => n >= m,
    }))
}

fn dicts_equal(vm: &mut Vm, a: &Value, b: &Value) -> Res<bool> {
    let (Value::Dict(x), Value::Dict(y)) = (a, b) else {
        return Ok(false);
    };
    if x.borrow().len() != y.borrow().len() {
        return Ok(false);
    }
    let pairs: Vec<(Value, Value)> = x.borrow().iter().map(|(k, v)| (k.0.clone(), v.clone())).collect();
    for (k, v) in pairs {
        match super::keys::dict_get(vm, y, &k)? {
            Some(w) if equal(vm, &v, &w)? => {}
            _ => return Ok(false),
        }
    }
    Ok(true)
}

/// One side's method: the class's own, or `object`'s default.
fn call_side(vm: &mut Vm, recv: &Value, name: &str, other: &Value) -> Res<Value> {
    if !matches!(recv, Value::Instance(_)) {
        // A built-in type does not know user classes.
        return Ok(Value::NotImplemented);
    }
    if let Some(m) = special(recv, name) {
        return call_special(vm, recv, name, m, vec![other.clone()]);
    }
    match name {
        "__eq__" => Ok(if identical(recv, other) { Value::Bool(true) } else { Value::NotImplemented }),
        "__ne__" => match call_side(vm, recv, "__eq__", other)? {
            Value::NotImplemented => Ok(Value::NotImplemented),
            r => Ok(Value::Bool(!truthy(vm, &r)?)),
        },
        _ => Ok(Value::NotImplemented),
    }
}

fn identical(a: &Value, b: &Value) -> bool {
    matches!((a, b), (Value::Instance(x), Value::Instance(y)) if std::rc::Rc::ptr_eq(x, y))
}

fn protocol(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> Res<Value> {
    let (name, reflected, symbol) = names(op);
    let mut checked_reverse = false;
    if let (Value::Instance(x), Value::Instance(y)) = (a, b)
        && !super::dunder::same_class(x, y)
        && y.class.is_subclass_of(&x.class)
    {
        checked_reverse = true;
        let r = call_side(vm, b, reflected, a)?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    let r = call_side(vm, a, name, b)?;
    if !matches!(r, Value::NotImplemented) {
        return Ok(r);
    }
    if !checked_reverse {
        let r = call_side(vm, b, reflected, a)?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    match op {
        CmpOp::Eq => Ok(Value::Bool(identical(a, b))),
        CmpOp::Ne => Ok(Value::Bool(!identical(a, b))),
        _ => type_error(format!(
            "'{symbol}' not supported between instances of '{}' and '{}'",
            type_name(a),
            type_name(b)
        )),
    }
}

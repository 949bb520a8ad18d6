//! Moving values that own nothing (None, a bool, an int, a float) without
//! the calls that clone or drop any value: what most instructions of a loop
//! or a recursion copy and store.

use crate::python::object::value::Value;

/// A copy of `v`; one that owns nothing is copied without the clone call.
#[inline(always)]
pub(super) fn clone_value(v: &Value) -> Value {
    match v {
        Value::None => Value::None,
        Value::Bool(b) => Value::Bool(*b),
        Value::Int(i) => Value::Int(*i),
        other => other.clone(),
    }
}

/// Puts `v` in a variable's slot, dropping what was there; what owns
/// nothing (or an empty slot) is overwritten without the drop call.
#[inline(always)]
pub(super) fn store(slot: &mut Option<Value>, v: Value) {
    match slot {
        None | Some(Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_)) => std::mem::forget(slot.replace(v)),
        Some(_) => *slot = Some(v),
    }
}

/// `str(i)` of an int, written in place rather than into a `String` that
/// would be copied into the str and freed.
pub(super) fn int_str(i: i64) -> std::rc::Rc<str> {
    use std::io::Write;
    // The longest i64 is 20 characters: -9223372036854775808.
    let mut buf = [0u8; 20];
    let len = {
        let mut out = &mut buf[..];
        let _ = write!(out, "{i}");
        20 - out.len()
    };
    std::rc::Rc::from(std::str::from_utf8(&buf[..len]).unwrap_or_default())
}

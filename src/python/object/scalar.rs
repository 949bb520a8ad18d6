//! Instances that pass for the built-in scalar they extend (`class
//! Name(str)`, `class Money(float)`, an IntEnum member): where their class
//! does not take part in an operation itself, the built-in code acts on the
//! str, int or float they carry, as CPython's inherited slots act on the
//! object's own value.

use super::value::Value;

/// The value `v` stands for in an operation whose special methods are
/// `own`: an IntEnum or StrEnum member's value, or the str, int, float,
/// bytes or frozenset an instance of a class extending that type carries
/// when no class of its own defines any of `own` (`Money.__add__`);
/// `None` for anything else.
pub fn scalar_of(v: &Value, own: &[&str]) -> Option<Value> {
    let Value::Instance(inst) = v else {
        return None;
    };
    if let Some(x) = super::enums::mixed_value(v) {
        return Some(x);
    }
    let base = inst.base.borrow().clone()?;
    let scalar = matches!(
        base,
        Value::Str(_) | Value::Int(_) | Value::Big(_) | Value::Float(_) | Value::Bytes(_, false) | Value::FrozenSet(_)
    );
    (scalar && !own.iter().any(|name| inst.class.lookup(name).is_some())).then_some(base)
}

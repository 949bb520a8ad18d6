//! Operators on frozenset and bytes / bytearray, and the subset comparisons
//! of sets: each returns None when its operands are not its types, so
//! `ops.rs` tries them before its general rules.

use std::cell::RefCell;
use std::cmp::Ordering;
use std::rc::Rc;

use indexmap::IndexSet;

use super::ops::slice_indices;
use crate::python::object::code::{BinOp, CmpOp};
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::value::{Key, Value};

/// The members of a set or frozenset.
pub fn set_members(v: &Value) -> Option<IndexSet<Key>> {
    match v {
        Value::Set(s) => Some(s.borrow().clone()),
        Value::FrozenSet(s) => Some((**s).clone()),
        _ => None,
    }
}

/// A bytes object (or a bytearray when `array`).
pub fn bytes_value(data: Vec<u8>, array: bool) -> Value {
    Value::Bytes(Rc::new(RefCell::new(data)), array)
}

/// `a <op> b` when a frozenset or a bytes object is involved.
pub fn binary(op: BinOp, a: &Value, b: &Value, inplace: bool) -> Option<Res<Value>> {
    match (a, b) {
        (Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) | (Value::Set(_), Value::FrozenSet(_)) => {
            let (x, y) = (set_members(a)?, set_members(b)?);
            let result: IndexSet<Key> = match op {
                BinOp::Or => x.union(&y).cloned().collect(),
                BinOp::And => x.intersection(&y).cloned().collect(),
                BinOp::Sub => x.difference(&y).cloned().collect(),
                BinOp::Xor => x.symmetric_difference(&y).cloned().collect(),
                _ => return None,
            };
            Some(Ok(match a {
                Value::Set(s) if inplace => {
                    *s.borrow_mut() = result;
                    a.clone()
                }
                Value::Set(_) => Value::Set(Rc::new(RefCell::new(result))),
                _ => Value::FrozenSet(Rc::new(result)),
            }))
        }
        (Value::Bytes(x, array), Value::Bytes(y, _)) if op == BinOp::Add => {
            let joined: Vec<u8> = x.borrow().iter().chain(y.borrow().iter()).copied().collect();
            if inplace && *array {
                *x.borrow_mut() = joined;
                return Some(Ok(a.clone()));
            }
            Some(Ok(bytes_value(joined, *array)))
        }
        (Value::Bytes(_, _), other) if op == BinOp::Add => {
            Some(type_error(format!("can't concat {} to {}", other.type_name(), a.type_name())))
        }
        (Value::Bytes(x, array), n) | (n, Value::Bytes(x, array)) if op == BinOp::Mul => {
            let count = match n {
                Value::Int(i) => (*i).max(0) as usize,
                Value::Bool(b) => *b as usize,
                _ => return None,
            };
            Some(Ok(bytes_value(x.borrow().repeat(count), *array)))
        }
        _ => None,
    }
}

/// `a <op> b` for ordering comparisons of sets (subset / superset) and of
/// bytes (lexicographic).
pub fn compare(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    let set_like = |v: &Value| matches!(v, Value::Set(_) | Value::FrozenSet(_));
    if !matches!(op, CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge) {
        return None;
    }
    if set_like(a) && set_like(b) {
        let (x, y) = (set_members(a)?, set_members(b)?);
        let subset = |p: &IndexSet<Key>, q: &IndexSet<Key>| p.iter().all(|k| q.contains(k));
        return match op {
            CmpOp::Le => Some(subset(&x, &y)),
            CmpOp::Lt => Some(x.len() < y.len() && subset(&x, &y)),
            CmpOp::Ge => Some(subset(&y, &x)),
            CmpOp::Gt => Some(y.len() < x.len() && subset(&y, &x)),
            _ => None,
        };
    }
    if let (Value::Bytes(x, _), Value::Bytes(y, _)) = (a, b) {
        let order = x.borrow().as_slice().cmp(y.borrow().as_slice());
        return match op {
            CmpOp::Lt => Some(order == Ordering::Less),
            CmpOp::Le => Some(order != Ordering::Greater),
            CmpOp::Gt => Some(order == Ordering::Greater),
            CmpOp::Ge => Some(order != Ordering::Less),
            _ => None,
        };
    }
    None
}

/// `item in container` for a frozenset or bytes container.
pub fn contains(container: &Value, item: &Value) -> Option<Res<bool>> {
    match container {
        Value::FrozenSet(s) => Some(crate::python::object::errors::hashable(item.clone()).map(|k| s.contains(&k))),
        Value::Bytes(data, _) => {
            let data = data.borrow();
            Some(match item {
                Value::Int(i) if (0..256).contains(i) => Ok(data.contains(&(*i as u8))),
                Value::Int(_) => Err(exc("ValueError", "byte must be in range(0, 256)")),
                Value::Bytes(sub, _) => {
                    let sub = sub.borrow();
                    Ok(sub.is_empty() || data.windows(sub.len()).any(|w| w == sub.as_slice()))
                }
                other => type_error(format!("a bytes-like object is required, not '{}'", other.type_name())),
            })
        }
        _ => None,
    }
}

/// `obj[index]` for bytes and bytearray: an int, or a slice of the same type.
pub fn get_item(obj: &Value, index: &Value) -> Option<Res<Value>> {
    let Value::Bytes(data, array) = obj else {
        return None;
    };
    let data = data.borrow();
    Some(match index {
        Value::Slice(s) => slice_indices(s, data.len()).map(|ix| bytes_value(ix.into_iter().map(|i| data[i]).collect(), *array)),
        _ => position(index, data.len(), obj).map(|i| Value::Int(data[i] as i64)),
    })
}

/// `obj[index] = value` for a bytearray.
pub fn set_item(obj: &Value, index: &Value, value: &Value) -> Option<Res<()>> {
    let Value::Bytes(data, true) = obj else {
        return None;
    };
    let len = data.borrow().len();
    Some(position(index, len, obj).and_then(|i| {
        data.borrow_mut()[i] = byte_of(value)?;
        Ok(())
    }))
}

/// An int that fits in a byte.
pub fn byte_of(v: &Value) -> Res<u8> {
    match v {
        Value::Int(i) if (0..256).contains(i) => Ok(*i as u8),
        Value::Bool(b) => Ok(*b as u8),
        Value::Int(_) | Value::Big(_) => Err(exc("ValueError", "byte must be in range(0, 256)")),
        other => type_error(format!("'{}' object cannot be interpreted as an integer", other.type_name())),
    }
}

fn position(index: &Value, len: usize, obj: &Value) -> Res<usize> {
    let i = match index {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        other => {
            return type_error(format!(
                "{} indices must be integers or slices, not {}",
                obj.type_name(),
                other.type_name()
            ));
        }
    };
    let at = if i < 0 { i + len as i64 } else { i };
    if at < 0 || at >= len as i64 {
        let what = if matches!(obj, Value::Bytes(_, true)) { "bytearray index out of range" } else { "index out of range" };
        return Err(exc("IndexError", what));
    }
    Ok(at as usize)
}

//! The container protocols where user code takes part: `obj[i]` on an
//! instance (`__getitem__`, `__setitem__`, `__delitem__`) or on a dict whose
//! keys may be instances, `in` (`__contains__`, else iteration), `len()`.

use crate::python::object::errors::{Res, type_error};
use crate::python::object::value::Value;
use super::dunder::{instance_len, special, try_call, type_name};
use super::machine::Vm;

/// `obj[index]`.
pub fn get_item(vm: &mut Vm, obj: &Value, index: &Value) -> Res<Value> {
    if let Some(x) = crate::python::object::scalar::scalar_of(obj, &["__getitem__"]) {
        return get_item(vm, &x, index);
    }
    match obj {
        Value::Instance(_) => match try_call(vm, obj, "__getitem__", vec![index.clone()]) {
            Some(r) => r,
            None => type_error(format!("'{}' object is not subscriptable", type_name(obj))),
        },
        Value::Class(c) if crate::python::object::enums::is_enum(c) => super::enums::get_item(c, index),
        // Implicitly a classmethod, as CPython's type.__new__ makes it.
        Value::Class(c) if let Some(f) = c.lookup("__class_getitem__") => {
            let f = match crate::python::object::descriptors::descriptor(&f) {
                crate::python::object::descriptors::Descriptor::ClassMethod(inner) => inner.clone(),
                _ => f,
            };
            vm.call(&f, vec![obj.clone(), index.clone()], Vec::new())
        }
        Value::Class(c) => type_error(format!("type '{}' is not subscriptable", c.name)),
        Value::Dict(d) => match super::keys::dict_get(vm, d, index)? {
            Some(v) => Ok(v),
            None => Err(super::keys::key_error(index)),
        },
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) if matches!(index, Value::Instance(_)) => {
            let i = as_index(vm, index)?;
            super::ops::get_item(obj, &i)
        }
        _ => super::ops::get_item(obj, index),
    }
}

/// A sequence index given as an instance: its `__index__` (without one,
/// the sequence's own error names the type).
fn as_index(vm: &mut Vm, index: &Value) -> Res<Value> {
    if let Some(v) = crate::python::object::scalar::scalar_of(index, &["__index__"]) {
        return Ok(v);
    }
    match try_call(vm, index, "__index__", Vec::new()) {
        Some(r) => match r? {
            v @ (Value::Int(_) | Value::Big(_) | Value::Bool(_)) => Ok(v),
            other => type_error(format!("__index__ returned non-int (type {})", type_name(&other))),
        },
        None => Ok(index.clone()),
    }
}

/// `obj[index] = value`.
pub fn set_item(vm: &mut Vm, obj: &Value, index: Value, value: Value) -> Res<()> {
    match obj {
        Value::Instance(_) => match try_call(vm, obj, "__setitem__", vec![index, value]) {
            Some(r) => r.map(|_| ()),
            None => type_error(format!("'{}' object does not support item assignment", type_name(obj))),
        },
        Value::Dict(d) => super::keys::dict_set(vm, d, index, value),
        Value::Native(n) if matches!(n.backing(), Some(Value::List(_) | Value::Dict(_))) => {
            set_item(vm, &n.backing().unwrap_or(Value::None), index, value)
        }
        Value::List(_) if matches!(index, Value::Instance(_)) => {
            let i = as_index(vm, &index)?;
            super::ops::set_item(obj, i, value)
        }
        _ => super::ops::set_item(obj, index, value),
    }
}

/// `del obj[index]`.
pub fn del_item(vm: &mut Vm, obj: &Value, index: &Value) -> Res<()> {
    match obj {
        Value::Instance(_) => match try_call(vm, obj, "__delitem__", vec![index.clone()]) {
            Some(r) => r.map(|_| ()),
            None => type_error(format!("'{}' object doesn't support item deletion", type_name(obj))),
        },
        Value::Dict(d) => match super::keys::dict_remove(vm, d, index)? {
            Some(_) => Ok(()),
            None => Err(super::keys::key_error(index)),
        },
        Value::Native(n) if matches!(n.backing(), Some(Value::List(_) | Value::Dict(_))) => {
            del_item(vm, &n.backing().unwrap_or(Value::None), index)
        }
        _ => super::ops::del_item(obj, index),
    }
}

/// `item in obj` for an instance: `__contains__`, else its iteration.
pub fn instance_contains(vm: &mut Vm, obj: &Value, item: &Value) -> Res<bool> {
    if let Some(r) = super::flags::contains(obj, item) {
        return r;
    }
    if let Some(v) = crate::python::object::scalar::scalar_of(obj, &["__contains__", "__iter__"]) {
        return super::ops::contains(vm, &v, item);
    }
    if let Some(r) = try_call(vm, obj, "__contains__", vec![item.clone()]) {
        let r = r?;
        return super::dunder::truthy(vm, &r);
    }
    if special(obj, "__iter__").is_none() && special(obj, "__getitem__").is_none() {
        return type_error(format!("argument of type '{}' is not iterable", type_name(obj)));
    }
    let it = super::iter::get_iter(vm, obj)?;
    while let Some(x) = super::iter::next(vm, &it)? {
        if super::compare::equal(vm, &x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `item in` a list or tuple whose items (or `item`) may run `__eq__`.
pub fn sequence_contains(vm: &mut Vm, seq: &Value, item: &Value) -> Res<bool> {
    let mut i = 0;
    loop {
        let x = match seq {
            Value::List(l) => l.borrow().get(i).cloned(),
            Value::Tuple(t) => t.get(i).cloned(),
            _ => None,
        };
        let Some(x) = x else {
            return Ok(false);
        };
        if super::compare::equal(vm, &x, item)? {
            return Ok(true);
        }
        i += 1;
    }
}

/// `len(v)`.
pub fn len(vm: &mut Vm, v: &Value) -> Res<i64> {
    if let Some(n) = super::flags::len(v) {
        return Ok(n);
    }
    if let Some(x) = crate::python::object::scalar::scalar_of(v, &["__len__"]) {
        return len(vm, &x);
    }
    if matches!(v, Value::Instance(_)) {
        return instance_len(vm, v);
    }
    Ok(match v {
        Value::Str(s) => s.chars().count() as i64,
        Value::List(l) => l.borrow().len() as i64,
        Value::Tuple(t) => t.len() as i64,
        Value::Dict(d) => d.borrow().len() as i64,
        Value::Set(s) => s.borrow().len() as i64,
        Value::Range(r) => crate::python::object::value::range_len(r.0, r.1, r.2),
        Value::View(v) => v.1.borrow().len() as i64,
        Value::Bytes(b, _) => b.borrow().len() as i64,
        Value::FrozenSet(s) => s.len() as i64,
        Value::Class(c) if crate::python::object::enums::is_enum(c) => super::enums::len(c).unwrap_or(0),
        other => return type_error(format!("object of type '{}' has no len()", type_name(other))),
    })
}

/// The items of a user mapping (`keys()` and `__getitem__`), for `{**obj}`,
/// `f(**obj)` and `dict(obj)`.
pub fn mapping_items(vm: &mut Vm, obj: &Value) -> Res<Vec<(Value, Value)>> {
    if special(obj, "keys").is_none() || special(obj, "__getitem__").is_none() {
        return type_error(format!("'{}' object is not a mapping", type_name(obj)));
    }
    let keys = super::dunder::get_attr(vm, obj, &std::rc::Rc::from("keys"))?;
    let keys = vm.call(&keys, Vec::new(), Vec::new())?;
    let mut items = Vec::new();
    for k in vm.collect(&keys)? {
        let v = get_item(vm, obj, &k)?;
        items.push((k, v));
    }
    Ok(items)
}

//! `int(obj)` and `float(obj)` for user objects: `__int__` / `__float__`,
//! with `__index__` as the fallback, as CPython 3.11 converts them; and
//! `round(obj)` / `reversed(obj)` through `__round__` / `__reversed__`.

use crate::python::object::errors::{Res, type_error};
use crate::python::object::value::Value;
use crate::python::vm::dunder::{try_call, type_name};
use crate::python::vm::machine::Vm;

/// `int(obj)` for an instance.
pub fn instance_to_int(vm: &mut Vm, v: &Value) -> Res<Value> {
    for name in ["__int__", "__index__"] {
        if let Some(r) = try_call(vm, v, name, Vec::new()) {
            return match r? {
                Value::Bool(b) => Ok(Value::Int(b as i64)),
                n @ (Value::Int(_) | Value::Big(_)) => Ok(n),
                other => type_error(format!("{name} returned non-int (type {})", type_name(&other))),
            };
        }
    }
    type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name(v)
    ))
}

/// `float(obj)` for an instance.
pub fn instance_to_float(vm: &mut Vm, v: &Value) -> Res<Value> {
    if let Some(r) = try_call(vm, v, "__float__", Vec::new()) {
        return match r? {
            f @ Value::Float(_) => Ok(f),
            other => type_error(format!(
                "{}.__float__ returned non-float (type {})",
                type_name(v),
                type_name(&other)
            )),
        };
    }
    if let Some(r) = try_call(vm, v, "__index__", Vec::new()) {
        return match r? {
            Value::Int(i) => Ok(Value::Float(i as f64)),
            Value::Bool(b) => Ok(Value::Float(b as i64 as f64)),
            other => type_error(format!("__index__ returned non-int (type {})", type_name(&other))),
        };
    }
    type_error(format!("float() argument must be a string or a real number, not '{}'", type_name(v)))
}

/// `round(obj[, ndigits])` for an instance.
pub fn instance_round(vm: &mut Vm, args: Vec<Value>, kwargs: &[(std::rc::Rc<str>, Value)]) -> Res<Value> {
    super::builtins::arg_count("round", &args, 1, 2)?;
    let mut rest: Vec<Value> = args[1..].to_vec();
    if let Some((_, nd)) = kwargs.iter().find(|(k, _)| &**k == "ndigits") {
        rest.push(nd.clone());
    }
    let rest: Vec<Value> = rest.into_iter().filter(|v| !matches!(v, Value::None)).collect();
    match try_call(vm, &args[0], "__round__", rest) {
        Some(r) => r,
        None => type_error(format!("type {} doesn't define __round__ method", type_name(&args[0]))),
    }
}

/// `reversed(obj)` for an instance: `__reversed__`, else the sequence
/// protocol (`__len__` and `__getitem__`).
pub fn instance_reversed(vm: &mut Vm, v: &Value) -> Res<Value> {
    if let Some(r) = try_call(vm, v, "__reversed__", Vec::new()) {
        return r;
    }
    let seq = crate::python::vm::dunder::special(v, "__getitem__").is_some();
    if !seq || crate::python::vm::dunder::special(v, "__len__").is_none() {
        return type_error(format!("'{}' object is not reversible", type_name(v)));
    }
    let n = crate::python::vm::protocols::len(vm, v)?;
    let mut items = Vec::with_capacity(n as usize);
    for i in (0..n).rev() {
        items.push(crate::python::vm::protocols::get_item(vm, v, &Value::Int(i))?);
    }
    Ok(Value::Iter(std::rc::Rc::new(std::cell::RefCell::new(crate::python::object::value::IterState::Seq(
        std::rc::Rc::new(items),
        0,
    )))))
}

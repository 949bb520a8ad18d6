//! `int(obj)` and `float(obj)` for user objects: `__int__` / `__float__`,
//! with `__index__` as the fallback, as CPython 3.11 converts them.

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

//! Builtins kept out of `builtins.rs`: `input`, `globals`, `locals`, `ascii`,
//! `Ellipsis`, the types frozenset, bytes and bytearray, and the homes of
//! `pow` and `id`.

use crate::python::object::errors::Res;
use crate::python::object::value::Value;
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

/// The builtin functions this file adds.
pub const FUNCTIONS: &[&str] = &["input", "globals", "locals", "ascii"];

/// The builtin types this file adds.
pub const TYPES: &[&str] = &["frozenset", "bytes", "bytearray"];

/// The builtin bound to `name`, if this file provides it.
pub fn lookup(name: &str) -> Option<Value> {
    if name == "Ellipsis" {
        return Some(crate::python::object::singletons::ellipsis());
    }
    if let Some(t) = TYPES.iter().find(|t| **t == name) {
        return Some(Value::Type(t));
    }
    FUNCTIONS.iter().find(|f| **f == name).map(|f| Value::Builtin(f))
}

/// Every name [`lookup`] knows.
pub fn names() -> impl Iterator<Item = &'static str> {
    FUNCTIONS.iter().chain(TYPES).copied().chain(["Ellipsis"])
}

/// Calls one of [`TYPES`]; None when `name` is not one of them.
pub fn call_type(vm: &mut Vm, name: &str, args: &[Value], kwargs: &Kwargs) -> Option<Res<Value>> {
    Some(match name {
        "frozenset" => super::frozenset::construct(vm, args, kwargs),
        "bytes" | "bytearray" => super::bytes::construct(vm, name, args, kwargs),
        _ => return None,
    })
}

/// `len(v)` for the types this file adds.
pub fn len(v: &Value) -> Option<usize> {
    match v {
        Value::FrozenSet(s) => Some(s.len()),
        Value::Bytes(b, _) => Some(b.borrow().len()),
        _ => None,
    }
}

/// Calls one of [`FUNCTIONS`]; None when `name` is not one of them.
pub fn call(vm: &mut Vm, name: &str, args: &[Value], kwargs: &Kwargs) -> Option<Res<Value>> {
    if !kwargs.is_empty() && FUNCTIONS.contains(&name) {
        return Some(crate::python::object::errors::type_error(format!("{name}() takes no keyword arguments")));
    }
    Some(match name {
        "input" => super::namespaces::input(vm, args),
        "globals" | "locals" => super::namespaces::globals(vm, name, args),
        "ascii" => ascii(vm, args),
        _ => return None,
    })
}

/// `ascii(x)`: the repr with every non-ASCII character escaped as
/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
fn ascii(vm: &mut Vm, args: &[Value]) -> Res<Value> {
    super::builtins::arg_count("ascii", args, 1, 1)?;
    let repr = crate::python::vm::instances::display(vm, &args[0], true)?;
    Ok(Value::str(&crate::python::object::value::ascii_escape(&repr)))
}

//! Builtins kept out of `builtins.rs`: `input`, `globals`, `locals`,
//! `Ellipsis`, and the homes of `pow` and `id`.

use crate::python::object::errors::Res;
use crate::python::object::value::Value;
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

/// The builtin functions this file adds.
pub const FUNCTIONS: &[&str] = &["input", "globals", "locals"];

/// The builtin bound to `name`, if this file provides it.
pub fn lookup(name: &str) -> Option<Value> {
    if name == "Ellipsis" {
        return Some(crate::python::object::singletons::ellipsis());
    }
    FUNCTIONS.iter().find(|f| **f == name).map(|f| Value::Builtin(f))
}

/// Every name [`lookup`] knows.
pub fn names() -> impl Iterator<Item = &'static str> {
    FUNCTIONS.iter().copied().chain(["Ellipsis"])
}

/// Calls one of [`FUNCTIONS`]; None when `name` is not one of them.
pub fn call(vm: &mut Vm, name: &str, args: &[Value], kwargs: &Kwargs) -> Option<Res<Value>> {
    if !kwargs.is_empty() && FUNCTIONS.contains(&name) {
        return Some(crate::python::object::errors::type_error(format!("{name}() takes no keyword arguments")));
    }
    Some(match name {
        "input" => super::namespaces::input(vm, args),
        "globals" | "locals" => super::namespaces::globals(vm, name, args),
        _ => return None,
    })
}

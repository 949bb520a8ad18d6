//! The methods dataclasses.py generates, line for line as its `_init_fn`,
//! `_repr_fn`, `_cmp_fn`, `_hash_fn` and `_frozen_get_del_attr` write them
//! (so a traceback's `<string>` line numbers are CPython's). Builtins the
//! text reads are passed in with the other locals: generated code runs
//! outside the program's module.

use super::create::{create_fn, repr_guard};
use super::field::{FieldData, Kind, has_factory, is_missing, missing};
use crate::python::object::errors::{Res, exc};
use crate::python::object::value::Value;
use crate::python::vm::machine::Vm;

/// The name and settings of a field, as the generators read them.
pub type Spec = (String, FieldData);

fn has_default(f: &FieldData) -> bool {
    !(is_missing(&f.default) && is_missing(&f.default_factory))
}

/// `_init_fn`: `__init__` with the standard fields, then the keyword-only
/// ones after `*`; assignments in field order; then `__post_init__`.
pub fn init_fn(
    vm: &mut Vm,
    qualname: &str,
    fields: &[Spec],
    kw_only: &[&Spec],
    std: &[&Spec],
    frozen: bool,
    has_post_init: bool,
) -> Res<Value> {
    let mut seen_default = false;
    for (name, f) in std.iter().filter(|(_, f)| f.init) {
        if has_default(f) {
            seen_default = true;
        } else if seen_default {
            return Err(exc("TypeError", format!("non-default argument '{name}' follows default argument")));
        }
    }
    let self_name = if fields.iter().any(|(n, _)| n == "self") { "__dataclass_self__" } else { "self" };
    let mut locals: Vec<(String, Value)> = vec![
        ("MISSING".into(), missing()),
        ("_HAS_DEFAULT_FACTORY".into(), has_factory()),
        ("__dataclass_builtins_object__".into(), Value::Type("object")),
    ];
    let mut body = Vec::new();
    for (name, f) in fields {
        let default_name = format!("_dflt_{name}");
        let value = if !is_missing(&f.default_factory) {
            locals.push((default_name.clone(), f.default_factory.clone()));
            if f.init { format!("{default_name}() if {name} is _HAS_DEFAULT_FACTORY else {name}") } else { format!("{default_name}()") }
        } else if f.init {
            if !is_missing(&f.default) {
                locals.push((default_name, f.default.clone()));
            }
            name.clone()
        } else {
            continue;
        };
        if f.kind == Kind::InitVar {
            continue;
        }
        body.push(if frozen {
            format!("__dataclass_builtins_object__.__setattr__({self_name},'{name}',{value})")
        } else {
            format!("{self_name}.{name}={value}")
        });
    }
    if has_post_init {
        let params: Vec<&str> = fields.iter().filter(|(_, f)| f.kind == Kind::InitVar).map(|(n, _)| n.as_str()).collect();
        body.push(format!("{self_name}.__post_init__({})", params.join(",")));
    }
    if body.is_empty() {
        body.push("pass".into());
    }
    let param = |(name, f): &&Spec| {
        if !is_missing(&f.default) {
            format!("{name}=_dflt_{name}")
        } else if !is_missing(&f.default_factory) {
            format!("{name}=_HAS_DEFAULT_FACTORY")
        } else {
            name.clone()
        }
    };
    let mut args: Vec<String> = vec![self_name.to_string()];
    args.extend(std.iter().map(param));
    if !kw_only.is_empty() {
        args.push("*".into());
        args.extend(kw_only.iter().map(param));
    }
    let locals = locals.iter().map(|(n, v)| (n.as_str(), v.clone())).collect();
    create_fn(vm, qualname, "__init__", &args, &body, locals)
}

/// `_repr_fn`: `Name(a=1, b='x')`, guarded against recursion.
pub fn repr_fn(vm: &mut Vm, qualname: &str, fields: &[&Spec]) -> Res<Value> {
    let shown: Vec<String> = fields.iter().map(|(n, _)| format!("{n}={{self.{n}!r}}")).collect();
    let body = [format!("return self.__class__.__qualname__ + f\"({})\"", shown.join(", "))];
    let f = create_fn(vm, qualname, "__repr__", &["self".into()], &body, Vec::new())?;
    Ok(repr_guard(f))
}

/// `_tuple_str`: `(self.a,self.b,)`, or `()`.
fn tuple_str(obj: &str, fields: &[&Spec]) -> String {
    if fields.is_empty() {
        return "()".into();
    }
    let items: Vec<String> = fields.iter().map(|(n, _)| format!("{obj}.{n}")).collect();
    format!("({},)", items.join(","))
}

/// `_cmp_fn`: compares the tuples of the fields when the classes are the same.
pub fn cmp_fn(vm: &mut Vm, qualname: &str, name: &str, op: &str, fields: &[&Spec]) -> Res<Value> {
    let body = [
        "if other.__class__ is self.__class__:".to_string(),
        format!(" return {}{op}{}", tuple_str("self", fields), tuple_str("other", fields)),
        "return NotImplemented".to_string(),
    ];
    let locals = vec![("NotImplemented", Value::NotImplemented)];
    create_fn(vm, qualname, name, &["self".into(), "other".into()], &body, locals)
}

/// `_hash_fn`: the hash of the tuple of the fields.
pub fn hash_fn(vm: &mut Vm, qualname: &str, fields: &[&Spec]) -> Res<Value> {
    let body = [format!("return hash({})", tuple_str("self", fields))];
    create_fn(vm, qualname, "__hash__", &["self".into()], &body, vec![("hash", Value::Builtin("hash"))])
}

/// `_frozen_get_del_attr`: `__setattr__` and `__delattr__` refusing the
/// fields (and every name on the class itself).
pub fn frozen_fns(vm: &mut Vm, qualname: &str, cls: &Value, fields: &[&Spec]) -> Res<[(&'static str, Value); 2]> {
    let mut condition = "type(self) is cls".to_string();
    if !fields.is_empty() {
        let names: Vec<String> = fields.iter().map(|(n, _)| format!("'{n}'")).collect();
        condition += &format!(" or name in {{{}}}", names.join(", "));
    }
    let locals = || {
        vec![
            ("cls", cls.clone()),
            ("FrozenInstanceError", Value::Type("FrozenInstanceError")),
            ("type", Value::Type("type")),
            ("__dataclass_builtins_object__", Value::Type("object")),
        ]
    };
    let set_body = [
        format!("if {condition}:"),
        " raise FrozenInstanceError(f\"cannot assign to field {name!r}\")".to_string(),
        "__dataclass_builtins_object__.__setattr__(self, name, value)".to_string(),
    ];
    let args = ["self".to_string(), "name".to_string(), "value".to_string()];
    let set = create_fn(vm, qualname, "__setattr__", &args, &set_body, locals())?;
    let del_body = [
        format!("if {condition}:"),
        " raise FrozenInstanceError(f\"cannot delete field {name!r}\")".to_string(),
        "__dataclass_builtins_object__.__delattr__(self, name)".to_string(),
    ];
    let del = create_fn(vm, qualname, "__delattr__", &args[..2], &del_body, locals())?;
    Ok([("__setattr__", set), ("__delattr__", del)])
}

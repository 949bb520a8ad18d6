//! typing's classes as classes: `Generic` and `Protocol` as the bases
//! CPython lists in `__mro__` (`(Box, Generic, object)`), and what
//! `@runtime_checkable` gives a protocol: `isinstance(x, Proto)` checks that
//! `x` has the protocol's members. Also `get_type_hints` of a class.

use std::rc::Rc;

use crate::python::object::classes::{ClassDict, ClassObj, make_class};
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::value::{Key, Value};
use crate::python::vm::machine::Vm;

/// The run's `typing.Generic` and `typing.Protocol` classes (one each per
/// run, so every generic class's MRO holds the same one).
#[derive(Default)]
pub struct TypingState {
    generic: Option<Value>,
    protocol: Option<Value>,
}

/// `typing.Generic` as a class (a base in `__mro__`).
pub fn generic_class(vm: &mut Vm) -> Res<Value> {
    typing_classes(vm).map(|(generic, _)| generic)
}

/// `typing.Protocol` as a class, deriving from `Generic`.
pub fn protocol_class(vm: &mut Vm) -> Res<Value> {
    typing_classes(vm).map(|(_, protocol)| protocol)
}

/// The run's Generic and Protocol, made on first use.
fn typing_classes(vm: &mut Vm) -> Res<(Value, Value)> {
    let state = vm.ext.get_mut::<TypingState>();
    if let (Some(g), Some(p)) = (&state.generic, &state.protocol) {
        return Ok((g.clone(), p.clone()));
    }
    let mut made = Vec::new();
    for name in ["Generic", "Protocol"] {
        let mut ns = ClassDict::default();
        ns.insert(Rc::from("__module__"), Value::str("typing"));
        ns.insert(Rc::from("__slots__"), Value::tuple(Vec::new()));
        if name == "Protocol" {
            ns.insert(Rc::from("_is_protocol"), Value::Bool(true));
        }
        made.push(make_class(Rc::from(name), Rc::from(name), made.clone(), ns)?);
    }
    let state = vm.ext.get_mut::<TypingState>();
    state.generic = made.first().cloned();
    state.protocol = made.pop();
    Ok((state.generic.clone().unwrap_or(Value::None), state.protocol.clone().unwrap_or(Value::None)))
}

/// Whether `class` derives from `typing.Generic` (its `__mro__` lists it).
pub fn is_generic(class: &ClassObj) -> bool {
    class.mro.iter().any(|c| matches!(c, Value::Class(c) if &*c.name == "Generic" && is_typing(c)))
}

fn is_typing(class: &ClassObj) -> bool {
    matches!(class.attrs.borrow().get("__module__"), Some(Value::Str(m)) if &**m == "typing")
}

/// `@typing.runtime_checkable`: marks a protocol class for `isinstance`.
pub fn runtime_checkable(args: &[Value]) -> Res<Value> {
    match args {
        [cls @ Value::Class(c)] if super::typing_classes::is_protocol(c) => {
            c.attrs.borrow_mut().insert(Rc::from("_is_runtime_protocol"), Value::Bool(true));
            Ok(cls.clone())
        }
        [other] => type_error(format!("@runtime_checkable can be only applied to protocol classes, got {}", other.repr())),
        _ => type_error(format!("runtime_checkable() takes 1 positional argument but {} were given", args.len())),
    }
}

fn is_runtime(class: &ClassObj) -> bool {
    matches!(class.attrs.borrow().get("_is_runtime_protocol"), Some(Value::Bool(true)))
}

/// The names typing.py's `_get_protocol_attrs` leaves out.
const NOT_MEMBERS: &[&str] = &[
    "__parameters__", "__orig_bases__", "__orig_class__", "_is_protocol", "_is_runtime_protocol",
    "__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__", "__module__", "__new__",
    "__slots__", "__subclasshook__", "__weakref__", "__class_getitem__", "__qualname__",
];

/// A protocol's members: every name its classes (but Protocol and Generic)
/// define or annotate, as typing.py's `_get_protocol_attrs` collects them.
fn members(class: &Rc<ClassObj>) -> Vec<Rc<str>> {
    let mut names: Vec<Rc<str>> = Vec::new();
    for c in class.full_mro() {
        let Value::Class(c) = c else { continue };
        if is_typing(&c) {
            continue;
        }
        let attrs = c.attrs.borrow();
        let annotated: Vec<Rc<str>> = match attrs.get("__annotations__") {
            Some(Value::Dict(d)) => d.borrow().keys().filter_map(|k| match &k.0 {
                Value::Str(s) => Some(s.clone()),
                _ => None,
            }).collect(),
            _ => Vec::new(),
        };
        for name in attrs.keys().cloned().chain(annotated) {
            if !name.starts_with("_abc_") && !NOT_MEMBERS.contains(&&*name) && !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

/// `isinstance(v, proto)` for a protocol class: CPython's TypeError unless
/// it is `@runtime_checkable`; then a nominal subclass's instance, or one
/// with every member (a method not set to None).
pub fn instance_check(vm: &mut Vm, v: &Value, proto: &Rc<ClassObj>) -> Res<bool> {
    if !is_runtime(proto) {
        return super::typing_classes::protocol_check();
    }
    if let Value::Instance(i) = v
        && i.class.is_subclass_of(proto)
    {
        return Ok(true);
    }
    for name in members(proto) {
        let callable = proto.lookup(&name).is_some_and(|m| matches!(m, Value::Function(_)));
        match crate::python::vm::attributes::load_attr(vm, v, &name) {
            Ok(Value::None) if callable => return Ok(false),
            Ok(_) => {}
            Err(e) if crate::python::object::errors::is_subclass(e.kind, "AttributeError") => return Ok(false),
            Err(e) => return Err(e),
        }
    }
    Ok(true)
}

/// `typing.get_type_hints(cls)`: the annotations of the class and its bases
/// (the bases' first), `None` shown as `NoneType`. A function's annotations
/// are not kept by looplab.
pub fn get_type_hints(args: &[Value]) -> Res<Value> {
    let [Value::Class(c)] = args else {
        return Err(exc("NotImplementedError", "looplab's typing.get_type_hints reads a class's annotations only"));
    };
    let mut hints = crate::python::object::value::DictMap::default();
    for base in c.full_mro().iter().rev() {
        let Value::Class(b) = base else { continue };
        if let Some(Value::Dict(d)) = b.attrs.borrow().get("__annotations__") {
            for (k, v) in d.borrow().iter() {
                let v = match v {
                    Value::None => Value::Type("NoneType"),
                    Value::Str(s) => forward_ref(s)?,
                    other => other.clone(),
                };
                hints.insert(Key(k.0.clone()), v);
            }
        }
    }
    Ok(Value::Dict(Rc::new(std::cell::RefCell::new(hints))))
}

/// A string annotation evaluated: a built-in type's name; looplab does not
/// evaluate others.
fn forward_ref(text: &str) -> Res<Value> {
    const TYPES: &[&str] = &["int", "str", "float", "bool", "bytes", "list", "dict", "tuple", "set", "frozenset", "object"];
    match TYPES.iter().find(|t| **t == text) {
        Some(t) => Ok(Value::Type(t)),
        None => Err(exc("NotImplementedError", format!("looplab's typing.get_type_hints cannot evaluate the annotation '{text}'"))),
    }
}

//! frozenset: the constructor and its methods (the set methods that do not
//! change the set, answering with frozensets).

use std::cell::RefCell;
use std::rc::Rc;

use indexmap::IndexSet;

use crate::python::object::errors::{Res, hashable, type_error};
use crate::python::object::value::{Key, Value};
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

/// The methods of frozenset.
pub const METHODS: &[&str] = &[
    "union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset", "isdisjoint", "copy",
];

/// `frozenset(iterable=())`.
pub fn construct(vm: &mut Vm, args: &[Value], kwargs: &Kwargs) -> Res<Value> {
    if !kwargs.is_empty() {
        return type_error("frozenset() does not take keyword arguments");
    }
    if args.len() > 1 {
        return type_error(format!("frozenset expected at most 1 argument, got {}", args.len()));
    }
    let mut set = IndexSet::new();
    if let Some(items) = args.first() {
        for item in vm.collect(items)? {
            set.insert(hashable(item)?);
        }
    }
    Ok(Value::FrozenSet(Rc::new(set)))
}

/// Calls method `name` of a frozenset: the set method runs on a copy, and
/// a set it answers with becomes a frozenset.
pub fn method(vm: &mut Vm, members: &IndexSet<Key>, name: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    let copy = Value::Set(Rc::new(RefCell::new(members.clone())));
    let result = super::methods::call_method(vm, &copy, name, args, kwargs)?;
    Ok(match result {
        Value::Set(s) => Value::FrozenSet(Rc::new(s.borrow().clone())),
        other => other,
    })
}

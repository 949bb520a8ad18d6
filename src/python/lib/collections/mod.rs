//! The `collections` module: deque, defaultdict, Counter, OrderedDict,
//! namedtuple, ChainMap.

pub mod chainmap;
pub mod deque;
pub mod dicts;
pub mod namedtuple;

use crate::python::object::errors::{Res, exc};
use crate::python::object::value::Value;
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

const NAMES: &[&str] = &[
    "collections.deque", "collections.defaultdict", "collections.Counter", "collections.OrderedDict",
    "collections.namedtuple", "collections.ChainMap",
];

/// `collections.name`.
pub fn attr(name: &str) -> Option<Value> {
    if name == "abc" {
        return Some(Value::Module("collections.abc"));
    }
    NAMES.iter().find(|n| n.strip_prefix("collections.") == Some(name)).map(|n| Value::Builtin(n))
}

/// Calls `collections.func(…)`.
pub fn call(vm: &mut Vm, func: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    match func {
        "deque" => deque::new(vm, args, kwargs),
        "defaultdict" => dicts::defaultdict(vm, args, kwargs),
        "Counter" => dicts::counter(vm, args, kwargs),
        "OrderedDict" => dicts::ordered_dict(vm, args, kwargs),
        "namedtuple" => namedtuple::namedtuple(vm, args, kwargs),
        "ChainMap" => chainmap::new(args, kwargs),
        _ => Err(exc("AttributeError", format!("module 'collections' has no attribute '{func}'"))),
    }
}

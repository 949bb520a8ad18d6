//! `dataclasses`, as CPython 3.11's Lib/dataclasses.py behaves: `@dataclass`
//! (and `@dataclass(...)`) collects the fields from the class body's
//! `__annotations__` and the dataclass bases, and adds `__init__`,
//! `__repr__`, `__eq__`, the orderings, `__hash__` and the frozen
//! `__setattr__` / `__delattr__` as dataclasses.py generates them (see
//! `methods.rs`); `field`, `fields`, `asdict`, `astuple`, `replace`,
//! `is_dataclass`, `MISSING`, `KW_ONLY`, `InitVar`, `FrozenInstanceError`.

use std::any::Any;
use std::rc::Rc;

use super::natives::{StdObject, check_kwargs, kwarg};
use crate::python::object::classes::ClassObj;
use crate::python::object::errors::{Res, type_error};
use crate::python::object::native::{NativeObject, downcast};
use crate::python::object::value::Value;
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

mod convert;
mod create;
mod doc;
pub mod field;
mod methods;
mod process;

/// The module's functions, as `dataclasses.name`.
const FUNCTIONS: &[&str] = &[
    "dataclasses.dataclass", "dataclasses.field", "dataclasses.fields", "dataclasses.asdict", "dataclasses.astuple",
    "dataclasses.replace", "dataclasses.is_dataclass",
];

/// `dataclasses.name`.
pub fn attr(name: &str) -> Option<Value> {
    match name {
        "MISSING" => Some(field::missing()),
        "KW_ONLY" => Some(field::kw_only_marker()),
        "InitVar" => Some(Value::Native(Rc::new(field::InitVarObj(None)))),
        "FrozenInstanceError" => Some(Value::Type("FrozenInstanceError")),
        "Field" => Some(Value::Type("Field")),
        _ => FUNCTIONS.iter().find(|f| f.strip_prefix("dataclasses.") == Some(name)).map(|f| Value::Builtin(f)),
    }
}

/// Calls `dataclasses.func(…)`.
pub fn call(vm: &mut Vm, func: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    match func {
        "dataclass" => dataclass(vm, args, kwargs),
        "field" => field::field(vm, &args, &kwargs),
        _ => convert::call(vm, func, args, kwargs),
    }
}

/// The decorator's options (`dataclass(init=True, repr=True, …)`).
#[derive(Clone, Copy)]
pub struct Options {
    init: bool,
    repr: bool,
    eq: bool,
    order: bool,
    unsafe_hash: bool,
    frozen: bool,
    match_args: bool,
    kw_only: bool,
    slots: bool,
}

const OPTIONS: &[&str] =
    &["init", "repr", "eq", "order", "unsafe_hash", "frozen", "match_args", "kw_only", "slots", "weakref_slot"];

/// `dataclass(cls)`, or `dataclass(**options)` returning the decorator.
fn dataclass(vm: &mut Vm, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    check_kwargs("dataclass", &kwargs, OPTIONS)?;
    let mut flag = |name: &str, dflt: bool| -> Res<bool> {
        match kwarg(&kwargs, name) {
            Some(v) => crate::python::vm::dunder::truthy(vm, v),
            None => Ok(dflt),
        }
    };
    if flag("weakref_slot", false)? {
        return Err(crate::python::object::errors::exc("NotImplementedError", "looplab has no weak references: dataclass(weakref_slot=True)"));
    }
    let options = Options {
        init: flag("init", true)?,
        repr: flag("repr", true)?,
        eq: flag("eq", true)?,
        order: flag("order", false)?,
        unsafe_hash: flag("unsafe_hash", false)?,
        frozen: flag("frozen", false)?,
        match_args: flag("match_args", true)?,
        kw_only: flag("kw_only", false)?,
        slots: flag("slots", false)?,
    };
    match args.as_slice() {
        [] | [Value::None] => Ok(Value::Native(Rc::new(Decorator(options)))),
        [cls] => decorate(vm, cls, options),
        _ => type_error(format!("dataclass() takes from 0 to 1 positional arguments but {} were given", args.len())),
    }
}

fn decorate(vm: &mut Vm, cls: &Value, options: Options) -> Res<Value> {
    match cls {
        Value::Class(c) => process::process_class(vm, c, options),
        other => type_error(format!("dataclass() needs a class, not {}", other.type_name())),
    }
}

/// What `dataclass(...)` with options returns.
pub struct Decorator(Options);

impl NativeObject for Decorator {
    fn type_name(&self) -> &'static str {
        "function"
    }
    fn repr(&self) -> String {
        "<function dataclass.<locals>.wrap at 0x7f0000000000>".to_string()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        &["__call__"]
    }
}

impl StdObject for Decorator {
    fn call(&self, vm: &mut Vm, _this: &Value, _name: &str, args: Vec<Value>, _kwargs: Kwargs) -> Res<Value> {
        match args.as_slice() {
            [cls] => decorate(vm, cls, self.0),
            _ => type_error(format!("wrap() takes 1 positional argument but {} were given", args.len())),
        }
    }
}

/// The module's objects, for the library's lookups.
pub fn as_std(n: &Rc<dyn NativeObject>) -> Option<&dyn StdObject> {
    if let Some(x) = downcast::<field::FieldObj>(n) {
        return Some(x);
    }
    if let Some(x) = downcast::<field::InitVarObj>(n) {
        return Some(x);
    }
    if let Some(x) = downcast::<create::ReprGuard>(n) {
        return Some(x);
    }
    downcast::<Decorator>(n).map(|x| x as &dyn StdObject)
}

/// The fields of a dataclass (its `__dataclass_fields__`), all kinds, in order.
pub fn class_fields(class: &ClassObj) -> Option<Vec<Value>> {
    match class.lookup("__dataclass_fields__")? {
        Value::Dict(d) => Some(d.borrow().values().cloned().collect()),
        _ => None,
    }
}

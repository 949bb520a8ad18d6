//! Calling a user class's special methods (`__eq__`, `__add__`, `__len__`…)
//! the way CPython's type slots do: looked up on the class (through
//! `ClassObj::lookup`, so along the MRO), never on the instance.

use std::rc::Rc;

use crate::python::object::classes::Instance;
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::value::Value;
use super::library::Kwargs;
use super::machine::Vm;

/// The special method `name` of `v`'s class, if `v` is an instance whose
/// class (or a base) defines it.
pub fn special(v: &Value, name: &str) -> Option<Value> {
    match v {
        Value::Instance(inst) => inst.class.lookup(name).or_else(|| base_special(inst, name)),
        _ => None,
    }
}

/// The special method `name` of the built-in or library type an instance's
/// class extends (`class Stack(list)`), acting on the instance's base value:
/// mutable containers are unhashable.
fn base_special(inst: &Instance, name: &str) -> Option<Value> {
    let base = inst.base.borrow();
    let base = base.as_ref()?;
    let mutable = match base {
        Value::List(_) | Value::Dict(_) | Value::Set(_) => true,
        Value::Native(n) => matches!(n.backing(), Some(Value::List(_) | Value::Dict(_))),
        _ => false,
    };
    match name {
        "__hash__" if mutable => return Some(Value::None),
        "__setitem__" | "__delitem__" | "__iadd__" | "__ior__" if !mutable => return None,
        "__missing__" | "__init__" => return None,
        // A mapping's `keys` marks it as one (`dict(obj)`, `**obj`).
        "keys" if !matches!(base, Value::Dict(_)) && !matches!(base, Value::Native(n) if matches!(n.backing(), Some(Value::Dict(_)))) => {
            return None;
        }
        _ => {}
    }
    crate::python::object::classes::base_method(name).map(Value::Builtin)
}

/// Calls the special method `method` (found by [`special`]) on `recv`.
pub fn call_special(vm: &mut Vm, recv: &Value, name: &str, method: Value, args: Vec<Value>) -> Res<Value> {
    call_special_kw(vm, recv, name, method, args, Vec::new())
}

/// [`call_special`] with keyword arguments (`__call__`).
pub fn call_special_kw(vm: &mut Vm, recv: &Value, name: &str, method: Value, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    match method {
        _ if matches!(method, Value::Function(_)) || is_base_method(&method) => {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(recv.clone());
            full.extend(args);
            vm.call(&method, full, kwargs)
        }
        Value::None => type_error("'NoneType' object is not callable"),
        // Anything else (a staticmethod, a callable object) binds as an
        // attribute read would bind it.
        _ => match crate::python::object::classes::get_attr(recv, name) {
            Some(bound) => {
                let bound = bound?;
                vm.call(&bound, args, kwargs)
            }
            None => vm.call(&method, args, kwargs),
        },
    }
}

/// Whether `v` is one of the base type's special methods (see [`special`]).
fn is_base_method(v: &Value) -> bool {
    matches!(v, Value::Builtin(b) if b.starts_with("base."))
}

/// `obj.name = value` as the store instruction runs it: through the class's
/// `__setattr__` when it defines one.
pub fn set_attr(vm: &mut Vm, obj: &Value, name: &str, value: Value) -> Res<()> {
    match special(obj, "__setattr__") {
        Some(m) => call_special(vm, obj, "__setattr__", m, vec![Value::str(name), value]).map(|_| ()),
        None => super::attributes::store_attr(vm, obj, name, value),
    }
}

/// `del obj.name`: through the class's `__delattr__` when it defines one.
pub fn del_attr(vm: &mut Vm, obj: &Value, name: &str) -> Res<()> {
    match special(obj, "__delattr__") {
        Some(m) => call_special(vm, obj, "__delattr__", m, vec![Value::str(name)]).map(|_| ()),
        None => super::attributes::delete_attr(vm, obj, name),
    }
}

/// Calls `recv.name(*args)` if the class defines it: `None` when it does not.
pub fn try_call(vm: &mut Vm, recv: &Value, name: &str, args: Vec<Value>) -> Option<Res<Value>> {
    let method = special(recv, name)?;
    Some(call_special(vm, recv, name, method, args))
}

/// Special methods whose protocol looplab does not run: a class defining
/// one is refused rather than run as if the method were not there.
const UNSUPPORTED: &[&str] = &["__getattribute__", "__del__", "__await__"];

/// Refuses a class body defining a special method looplab would ignore.
pub fn refuse_unsupported(has: impl Fn(&str) -> bool) -> Res<()> {
    match UNSUPPORTED.iter().find(|n| has(n)) {
        Some(name) => Err(exc("NotImplementedError", format!("looplab does not support {name} on classes yet"))),
        None => Ok(()),
    }
}

/// `object`'s own special methods that `super()` and `object.` reach.
const OBJECT_METHODS: &[&str] = &[
    "object.__setattr__",
    "object.__delattr__",
    "object.__repr__",
    "object.__str__",
    "object.__eq__",
    "object.__ne__",
    "object.__hash__",
    "object.__format__",
    "object.__lt__",
    "object.__le__",
    "object.__gt__",
    "object.__ge__",
];

fn object_method(name: &str) -> Option<&'static str> {
    OBJECT_METHODS.iter().find(|m| m.strip_prefix("object.") == Some(name)).copied()
}

/// Calls one of `object`'s own special methods (`args[0]` is the receiver).
pub fn call_object_method(vm: &mut Vm, name: &str, args: &[Value]) -> Res<Value> {
    let expected = match name {
        "object.__setattr__" => 3,
        "object.__repr__" | "object.__str__" | "object.__hash__" => 1,
        _ => 2,
    };
    let method = name.trim_start_matches("object.");
    if args.is_empty() {
        return type_error(format!("descriptor '{method}' of 'object' object needs an argument"));
    }
    let given = args.len() - 1;
    if expected == 1 && given != 0 {
        return type_error(format!("{name}() takes no arguments ({given} given)"));
    }
    if args.len() != expected {
        let s = if expected == 2 { "" } else { "s" };
        return type_error(format!("expected {} argument{s}, got {given}", expected - 1));
    }
    let this = &args[0];
    let same = |a: &Value, b: &Value| match (a, b) {
        (Value::Instance(x), Value::Instance(y)) => Rc::ptr_eq(x, y),
        _ => false,
    };
    Ok(match name {
        "object.__setattr__" => {
            let Value::Str(attr) = &args[1] else {
                return type_error(format!("attribute name must be string, not '{}'", type_name(&args[1])));
            };
            crate::python::object::classes::set_attr(this, attr, args[2].clone())?;
            Value::None
        }
        "object.__delattr__" => {
            let Value::Str(attr) = &args[1] else {
                return type_error(format!("attribute name must be string, not '{}'", type_name(&args[1])));
            };
            super::attributes::delete_attr(vm, this, attr)?;
            Value::None
        }
        "object.__repr__" => Value::str(&match this {
            Value::Instance(i) => format!("<__main__.{} object at 0x7f0000000000>", i.class.qualname),
            Value::Exc(e) => e.repr(),
            other => other.repr(),
        }),
        // An exception's `super().__str__()` is BaseException's: its message.
        "object.__str__" => match this {
            Value::Exc(e) => Value::str(&e.message()),
            _ => Value::str(&super::instances::display(vm, this, true)?),
        },
        "object.__eq__" => if same(this, &args[1]) { Value::Bool(true) } else { Value::NotImplemented },
        "object.__ne__" => if same(this, &args[1]) { Value::Bool(false) } else { Value::NotImplemented },
        "object.__hash__" => Value::Int(match this {
            Value::Instance(i) => (Rc::as_ptr(i) as usize >> 4) as i64,
            _ => 0,
        }),
        "object.__format__" => match &args[1] {
            Value::Str(spec) if spec.is_empty() => Value::str(&super::instances::display(vm, this, false)?),
            Value::Str(_) => {
                return type_error(format!("unsupported format string passed to {}.__format__", type_name(this)));
            }
            other => return type_error(format!("__format__() argument must be str, not {}", type_name(other))),
        },
        _ => Value::NotImplemented,
    })
}

/// `obj.name`, with a user class's `__getattr__` called when the normal
/// lookup raises AttributeError.
pub fn get_attr(vm: &mut Vm, obj: &Value, name: &Rc<str>) -> Res<Value> {
    match super::attributes::load_attr(vm, obj, name) {
        // `super().__repr__()`, `object.__setattr__(self, …)`: object's own.
        Err(e) if e.kind == "AttributeError" && object_method(name).is_some() => match (obj, object_method(name)) {
            (Value::Super(s), Some(m)) => Ok(Value::Bound(Rc::new((s.1.clone(), Value::Builtin(m))))),
            (Value::Type("object"), Some(m)) => Ok(Value::Builtin(m)),
            _ => Err(e),
        },
        // `x.__class__` of a built-in value is `type(x)` (`other.__class__ is
        // self.__class__` is how generated `__eq__` methods start).
        Err(e) if e.kind == "AttributeError" && &**name == "__class__" => match obj {
            Value::Exc(x) => Ok(match x.class.borrow().as_ref() {
                Some(c) => Value::Class(c.clone()),
                None => Value::Type(x.kind),
            }),
            Value::Instance(_) => Err(e),
            other => Ok(Value::Type(other.type_name())),
        },
        other => other,
    }
}

/// The type name error messages show: a user class's own name.
pub fn type_name(v: &Value) -> String {
    match v {
        Value::Instance(inst) => inst.class.name.to_string(),
        Value::Exc(e) => e.display_name(),
        other => other.type_name().to_string(),
    }
}

/// Whether `a` and `b` are instances of the very same class.
pub fn same_class(a: &Instance, b: &Instance) -> bool {
    Rc::ptr_eq(&a.class, &b.class)
}

/// Whether `b`'s class is a proper subclass of `a`'s that defines `name`
/// differently (CPython then tries `b`'s reflected method first).
pub fn overrides(a: &Instance, b: &Instance, name: &str) -> bool {
    if same_class(a, b) || !b.class.is_subclass_of(&a.class) {
        return false;
    }
    match (b.class.lookup(name), a.class.lookup(name)) {
        (Some(Value::Function(x)), Some(Value::Function(y))) => !Rc::ptr_eq(&x, &y),
        (Some(_), None) => true,
        _ => false,
    }
}

/// `len(v)` for an instance: `__len__`, with CPython's checks on its result.
pub fn instance_len(vm: &mut Vm, v: &Value) -> Res<i64> {
    let Some(r) = try_call(vm, v, "__len__", Vec::new()) else {
        return type_error(format!("object of type '{}' has no len()", type_name(v)));
    };
    let n = match r? {
        Value::Int(i) => i,
        Value::Bool(b) => b as i64,
        Value::Big(b) => {
            use num_traits::Signed;
            if b.is_negative() {
                return Err(exc("ValueError", "__len__() should return >= 0"));
            }
            return Err(exc("OverflowError", "cannot fit 'int' into an index-sized integer"));
        }
        other => {
            return type_error(format!("'{}' object cannot be interpreted as an integer", type_name(&other)));
        }
    };
    if n < 0 {
        return Err(exc("ValueError", "__len__() should return >= 0"));
    }
    Ok(n)
}

/// Python truthiness, running `__bool__` / `__len__` for instances.
pub fn truthy(vm: &mut Vm, v: &Value) -> Res<bool> {
    if !matches!(v, Value::Instance(_)) {
        return Ok(v.truthy());
    }
    if let Some(n) = super::flags::len(v) {
        return Ok(n != 0);
    }
    if let Some(x) = crate::python::object::scalar::scalar_of(v, &["__bool__", "__len__"]) {
        return Ok(x.truthy());
    }
    if let Some(r) = try_call(vm, v, "__bool__", Vec::new()) {
        return match r? {
            Value::Bool(b) => Ok(b),
            other => type_error(format!("__bool__ should return bool, returned {}", type_name(&other))),
        };
    }
    if special(v, "__len__").is_some() {
        return Ok(instance_len(vm, v)? != 0);
    }
    Ok(true)
}

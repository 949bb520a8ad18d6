//! Reading an attribute of a user instance, a class, `super()` or an
//! instance of a user exception class: the MRO walk and CPython's descriptor
//! rules (data descriptors before the instance's dict, functions bind,
//! classmethods bind to the class, staticmethods never bind). What has to
//! run Python code (a getter, `__get__`) is returned as a call for the VM.

use std::rc::Rc;

use super::classes::{ClassObj, type_of};
use super::descriptors::{Descriptor, as_property, descriptor};
use super::errors::{Res, exc};
use super::value::Value;

/// What reading an attribute of a user instance, class or `super()` finds.
pub enum Lookup {
    /// The attribute's value.
    Value(Value),
    /// A property's getter or a user descriptor's `__get__`: the VM calls
    /// this function with these arguments.
    Call(Value, Vec<Value>),
    /// Nothing: the AttributeError to raise (after `__getattr__`, if any).
    Missing(Rc<super::errors::ExcObj>),
}

/// A class attribute as read through `instance` (or through the class when
/// `None`): functions bind, classmethods bind to `class`, properties run.
fn bind_to(v: Value, instance: Option<&Value>, class: &Value, name: &str) -> Lookup {
    match descriptor(&v) {
        Descriptor::Property(p) => match instance {
            None => Lookup::Value(v),
            Some(_) if matches!(p.fget, Value::None) => Lookup::Missing(exc(
                "AttributeError",
                format!("property '{name}' of '{}' object has no getter", class_qualname(class)),
            )),
            Some(i) => Lookup::Call(p.fget.clone(), vec![i.clone()]),
        },
        Descriptor::ClassMethod(f) => Lookup::Value(Value::Bound(Rc::new((class.clone(), f.clone())))),
        Descriptor::StaticMethod(f) => Lookup::Value(f.clone()),
        // The library's `cached_property.__get__` computes and stores the value.
        Descriptor::CachedProperty(_) => match instance {
            None => Lookup::Value(v),
            Some(i) => Lookup::Call(Value::Builtin("functools.cached_property.__get__"), vec![v.clone(), i.clone()]),
        },
        Descriptor::Plain => match (instance, v) {
            (Some(i), f @ Value::Function(_)) => Lookup::Value(Value::Bound(Rc::new((i.clone(), f)))),
            // The library's function-like wrappers (`@contextmanager`, `@wraps`) bind as functions do.
            (Some(i), f @ Value::Native(_)) if f.type_name() == "function" => Lookup::Value(Value::Bound(Rc::new((i.clone(), f)))),
            (_, v) => match user_descriptor_method(&v, "__get__") {
                Some(get) => Lookup::Call(get, vec![v, instance.cloned().unwrap_or(Value::None), class.clone()]),
                None => Lookup::Value(v),
            },
        },
    }
}

/// The method `name` (`__get__`, `__set__`, `__delete__`, `__set_name__`)
/// of a class attribute that is an instance of a user class: a descriptor.
pub fn user_descriptor_method(v: &Value, name: &str) -> Option<Value> {
    match v {
        Value::Instance(d) => d.class.lookup(name),
        _ => None,
    }
}

/// Whether `v` is a user data descriptor (it defines `__set__` or
/// `__delete__`): it then wins over the instance's own attribute.
pub fn is_data_descriptor(v: &Value) -> bool {
    user_descriptor_method(v, "__set__").is_some() || user_descriptor_method(v, "__delete__").is_some()
}

/// A class's `__qualname__` (a built-in type's name).
pub fn class_qualname(class: &Value) -> Rc<str> {
    match class {
        Value::Class(c) => c.qualname.clone(),
        other => Rc::from(other.type_name()),
    }
}

/// The attributes every class has that are not in its namespace.
fn class_special(c: &Rc<ClassObj>, name: &str) -> Option<Lookup> {
    Some(Lookup::Value(match name {
        "__name__" => Value::Str(c.name.clone()),
        "__qualname__" => Value::Str(c.qualname.clone()),
        "__mro__" => Value::tuple(c.shown_mro()),
        "__bases__" => Value::tuple(c.shown_bases()),
        "__base__" => c.shown_bases().first().cloned().unwrap_or(Value::None),
        "__class__" => Value::Type("type"),
        "__dict__" => return Some(Lookup::Missing(exc("NotImplementedError", "looplab does not support a class's __dict__ (a mappingproxy); use vars() of an instance"))),
        "mro" => Value::Bound(Rc::new((Value::Class(c.clone()), Value::Builtin("type.mro")))),
        "__init_subclass__" => Value::Bound(Rc::new((Value::Class(c.clone()), Value::Builtin("object.__init_subclass__")))),
        _ => return None,
    }))
}

/// `obj.name` for a user instance, a class, `super()` or an instance of a
/// user exception class; `None` for other values.
pub fn find_attr(obj: &Value, name: &str) -> Option<Lookup> {
    match obj {
        Value::Instance(inst) => {
            let class = Value::Class(inst.class.clone());
            let found = inst.class.lookup(name);
            if let Some(v) = &found
                && (as_property(v).is_some() || is_data_descriptor(v))
            {
                return Some(bind_to(v.clone(), Some(obj), &class, name));
            }
            if let Some(v) = inst.get(name) {
                return Some(Lookup::Value(v));
            }
            Some(match (found, name) {
                (Some(v), _) => bind_to(v, Some(obj), &class, name),
                (None, "__class__") => Lookup::Value(class),
                (None, "__dict__") if inst.class.slots.is_none() => Lookup::Value(Value::Dict(inst.dict.clone())),
                (None, _) => Lookup::Missing(exc(
                    "AttributeError",
                    format!("'{}' object has no attribute '{name}'", inst.class.name),
                )),
            })
        }
        // A class's own annotations, made empty on first read (type's
        // `__annotations__` getter): a base's are not inherited.
        Value::Class(c) if name == "__annotations__" => {
            let mut attrs = c.attrs.borrow_mut();
            let v = attrs.entry(Rc::from(name)).or_insert_with(|| Value::Dict(Default::default()));
            Some(Lookup::Value(v.clone()))
        }
        Value::Class(c) => Some(match c.lookup(name) {
            Some(v) => bind_to(v, None, obj, name),
            None => match class_special(c, name) {
                Some(found) => found,
                None => Lookup::Missing(exc(
                    "AttributeError",
                    format!("type object '{}' has no attribute '{name}'", c.name),
                )),
            },
        }),
        Value::Super(s) => Some(super_attr(&s.0, &s.1, name)),
        Value::Exc(e) => {
            if let Some((_, v)) = e.attrs.borrow().iter().find(|(k, _)| &**k == name) {
                return Some(Lookup::Value(v.clone()));
            }
            let class = e.class.borrow().clone()?;
            let v = class.lookup(name)?;
            Some(bind_to(v, Some(obj), &Value::Class(class), name))
        }
        _ => None,
    }
}

/// `super(class, receiver).name`: the MRO of the receiver's class, after `class`.
fn super_attr(class: &Rc<ClassObj>, receiver: &Value, name: &str) -> Lookup {
    let (owner, instance) = match receiver {
        Value::Class(_) => (receiver.clone(), None),
        other => (type_of(other), Some(receiver)),
    };
    let mro = match &owner {
        Value::Class(c) => c.full_mro(),
        _ => class.full_mro(),
    };
    let start = mro.iter().position(|c| matches!(c, Value::Class(c) if Rc::ptr_eq(c, class))).map_or(mro.len(), |i| i + 1);
    for entry in &mro[start..] {
        if let Value::Class(c) = entry
            && let Some(v) = c.attrs.borrow().get(name).cloned()
        {
            return bind_to(v, instance, &owner, name);
        }
    }
    if let Value::Class(c) = &owner
        && c.library_base().is_some()
        && instance.is_some()
    {
        // The extended type's own methods: its dunders act on the base
        // value; the VM reads its other attributes from that value.
        return match super::classes::base_method(name) {
            Some(m) => Lookup::Value(Value::Bound(Rc::new((receiver.clone(), Value::Builtin(m))))),
            None => Lookup::Missing(exc("AttributeError", format!("'super' object has no attribute '{name}'"))),
        };
    }
    match (name, receiver) {
        ("__init__", Value::Exc(_)) => {
            Lookup::Value(Value::Bound(Rc::new((receiver.clone(), Value::Builtin("BaseException.__init__")))))
        }
        ("__init__", _) => Lookup::Value(Value::Builtin("object.__init__")),
        ("__new__", _) => Lookup::Value(Value::Builtin("object.__new__")),
        ("__str__" | "__repr__", Value::Exc(_) | Value::Instance(_)) => {
            let f = if name == "__str__" { "object.__str__" } else { "object.__repr__" };
            Lookup::Value(Value::Bound(Rc::new((receiver.clone(), Value::Builtin(f)))))
        }
        ("__init_subclass__", _) => Lookup::Value(Value::Bound(Rc::new((owner, Value::Builtin("object.__init_subclass__"))))),
        _ => Lookup::Missing(exc("AttributeError", format!("'super' object has no attribute '{name}'"))),
    }
}

/// `obj.name` for instances, classes and `super()` objects, where no
/// property getter has to run (a property read here is refused: the VM's
/// attribute lookup runs them).
pub fn get_attr(obj: &Value, name: &str) -> Option<Res<Value>> {
    Some(match find_attr(obj, name)? {
        Lookup::Value(v) => Ok(v),
        Lookup::Call(..) => Err(exc("NotImplementedError", format!("looplab cannot read descriptor '{name}' here"))),
        Lookup::Missing(e) => Err(e),
    })
}

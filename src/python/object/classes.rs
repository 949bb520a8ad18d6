//! User classes (tier 2): class objects, instances, bound methods, `super()`,
//! and exception subclasses.
//!
//! Invariant: a class's `base` is `None`, a `Value::Class`, or a
//! `Value::Type` naming a built-in exception class.

use std::cell::RefCell;
use std::rc::Rc;

use indexmap::IndexMap;
use rustc_hash::FxHashMap;

use super::errors::exception_class;
use super::value::Value;
use crate::python::object::errors::{Res, exc};

/// A class made by a `class` statement.
#[derive(Debug)]
pub struct ClassObj {
    /// The class name.
    pub name: Rc<str>,
    /// The single base class, if any.
    pub base: Option<Value>,
    /// Class attributes and methods.
    pub attrs: RefCell<FxHashMap<Rc<str>, Value>>,
}

/// An instance of a user class.
#[derive(Debug)]
pub struct Instance {
    /// Its class.
    pub class: Rc<ClassObj>,
    /// Its attributes, in assignment order.
    pub attrs: RefCell<IndexMap<Rc<str>, Value>>,
}

impl ClassObj {
    /// Looks `name` up on the class and its bases.
    pub fn lookup(&self, name: &str) -> Option<Value> {
        if let Some(v) = self.attrs.borrow().get(name) {
            return Some(v.clone());
        }
        match &self.base {
            Some(Value::Class(b)) => b.lookup(name),
            _ => None,
        }
    }

    /// The built-in exception class this class derives from, if any.
    pub fn exception_base(&self) -> Option<&'static str> {
        match &self.base {
            Some(Value::Class(b)) => b.exception_base(),
            Some(Value::Type(t)) => exception_class(t),
            _ => None,
        }
    }

    /// Whether this class is `other` or derives from it.
    pub fn is_subclass_of(self: &Rc<Self>, other: &Rc<ClassObj>) -> bool {
        if Rc::ptr_eq(self, other) {
            return true;
        }
        match &self.base {
            Some(Value::Class(b)) => b.is_subclass_of(other),
            _ => false,
        }
    }
}

/// Builds a class from its namespace.
pub fn make_class(name: Rc<str>, bases: Vec<Value>, namespace: FxHashMap<Rc<str>, Value>) -> Res<Value> {
    if bases.len() > 1 {
        return Err(exc("NotImplementedError", "looplab supports single inheritance only"));
    }
    let base = match bases.into_iter().next() {
        None => None,
        Some(Value::Type("object")) => None,
        Some(b @ Value::Class(_)) => Some(b),
        Some(Value::Type(t)) if exception_class(t).is_some() => Some(Value::Type(t)),
        Some(other) => {
            return Err(exc(
                "NotImplementedError",
                format!("looplab cannot subclass '{}' yet", other.repr()),
            ));
        }
    };
    Ok(Value::Class(Rc::new(ClassObj { name, base, attrs: RefCell::new(namespace) })))
}


fn bind(value: Value, receiver: &Value) -> Value {
    match value {
        f @ Value::Function(_) => Value::Bound(Rc::new((receiver.clone(), f))),
        other => other,
    }
}

/// `obj.name` for instances, classes and `super()` objects.
pub fn get_attr(obj: &Value, name: &str) -> Option<Res<Value>> {
    match obj {
        Value::Instance(inst) => {
            if let Some(v) = inst.attrs.borrow().get(name) {
                return Some(Ok(v.clone()));
            }
            if name == "__class__" {
                return Some(Ok(Value::Class(inst.class.clone())));
            }
            Some(match inst.class.lookup(name) {
                Some(v) => Ok(bind(v, obj)),
                None => Err(exc(
                    "AttributeError",
                    format!("'{}' object has no attribute '{name}'", inst.class.name),
                )),
            })
        }
        Value::Class(c) => {
            if name == "__name__" {
                return Some(Ok(Value::Str(c.name.clone())));
            }
            Some(c.lookup(name).ok_or_else(|| {
                exc("AttributeError", format!("type object '{}' has no attribute '{name}'", c.name))
            }))
        }
        Value::Super(s) => {
            let (class, receiver) = (&s.0, &s.1);
            let found = match &class.base {
                Some(Value::Class(b)) => b.lookup(name),
                _ => None,
            };
            Some(match found {
                Some(v) => Ok(bind(v, receiver)),
                None if name == "__init__" && matches!(receiver, Value::Exc(_)) => {
                    Ok(Value::Bound(Rc::new((receiver.clone(), Value::Builtin("BaseException.__init__")))))
                }
                None if name == "__init__" => Ok(Value::Builtin("object.__init__")),
                None => Err(exc("AttributeError", format!("'super' object has no attribute '{name}'"))),
            })
        }
        Value::Exc(e) => {
            if let Some((_, v)) = e.attrs.borrow().iter().find(|(k, _)| &**k == name) {
                return Some(Ok(v.clone()));
            }
            let class = e.class.borrow().clone()?;
            class.lookup(name).map(|v| Ok(bind(v, obj)))
        }
        _ => None,
    }
}

/// `obj.name = value`.
pub fn set_attr(obj: &Value, name: &str, value: Value) -> Res<()> {
    match obj {
        Value::Instance(inst) => {
            inst.attrs.borrow_mut().insert(Rc::from(name), value);
            Ok(())
        }
        Value::Class(c) => {
            c.attrs.borrow_mut().insert(Rc::from(name), value);
            Ok(())
        }
        Value::Exc(e) if name != "args" => {
            if e.set_special(name, &value)? {
                return Ok(());
            }
            let mut attrs = e.attrs.borrow_mut();
            match attrs.iter_mut().find(|(k, _)| &**k == name) {
                Some(slot) => slot.1 = value,
                None => attrs.push((Rc::from(name), value)),
            }
            Ok(())
        }
        other => Err(exc(
            "AttributeError",
            format!("'{}' object has no attribute '{name}'", other.type_name()),
        )),
    }
}

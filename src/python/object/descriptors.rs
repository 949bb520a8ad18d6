//! `property`, `classmethod` and `staticmethod` objects: what a class
//! attribute becomes when it is wrapped in one, and how attribute lookup on
//! an instance or a class treats it (the VM runs the accessors).

use std::any::Any;
use std::rc::Rc;

use super::native::{NativeObject, downcast};
use super::value::Value;

/// A `property(fget, fset, fdel, doc)`.
#[derive(Debug, Clone)]
pub struct Property {
    /// The getter, or `None`.
    pub fget: Value,
    /// The setter, or `None`.
    pub fset: Value,
    /// The deleter, or `None`.
    pub fdel: Value,
    /// The docstring: given, else the getter's.
    pub doc: Value,
    /// Whether `doc` came from the getter (a new getter then brings its own).
    pub doc_from_getter: bool,
    /// The name it was assigned to in its class body (`__set_name__`), for
    /// the "property 'x' of 'C' object has no setter" messages.
    pub name: std::cell::RefCell<Option<Rc<str>>>,
}

impl NativeObject for Property {
    fn type_name(&self) -> &'static str {
        "property"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A `classmethod(f)`: binds to the class, also when read on an instance.
#[derive(Debug)]
pub struct ClassMethod(pub Value);

impl NativeObject for ClassMethod {
    fn type_name(&self) -> &'static str {
        "classmethod"
    }
    fn repr(&self) -> String {
        format!("<classmethod({})>", self.0.repr())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A `staticmethod(f)`: never binds.
#[derive(Debug)]
pub struct StaticMethod(pub Value);

impl NativeObject for StaticMethod {
    fn type_name(&self) -> &'static str {
        "staticmethod"
    }
    fn repr(&self) -> String {
        format!("<staticmethod({})>", self.0.repr())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A `functools.cached_property(func)`: read through an instance, it runs
/// `func` once and keeps the result in the instance's `__dict__` under its
/// name, which then shadows it (it is not a data descriptor).
#[derive(Debug)]
pub struct CachedProperty {
    /// The function computing the value.
    pub func: Value,
    /// The name `__set_name__` gave it (`attrname`).
    pub name: std::cell::RefCell<Option<Rc<str>>>,
}

impl NativeObject for CachedProperty {
    fn type_name(&self) -> &'static str {
        "functools.cached_property"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `cached_property.__set_name__` for each one in a new class's namespace:
/// its name, or CPython 3.11's RuntimeError (caused by functools.py's
/// TypeError) when it already has another.
pub fn name_cached_properties(namespace: &super::classes::ClassDict, class_name: &str) -> super::errors::Res<()> {
    for (name, v) in namespace {
        let Value::Native(n) = v else { continue };
        let Some(c) = downcast::<CachedProperty>(n) else { continue };
        let mut slot = c.name.borrow_mut();
        match slot.clone() {
            None => *slot = Some(name.clone()),
            Some(old) if old == *name => {}
            Some(old) => {
                let cause = super::errors::exc(
                    "TypeError",
                    format!("Cannot assign the same cached_property to two different names ('{old}' and '{name}')."),
                );
                cause.traceback.borrow_mut().push(super::traceback::TbEntry::library("functools.py", 976, "__set_name__", "raise TypeError(", None));
                let e = super::errors::exc(
                    "RuntimeError",
                    format!("Error calling __set_name__ on 'cached_property' instance '{name}' in '{class_name}'"),
                );
                *e.cause.borrow_mut() = Some(cause);
                e.suppress_context.set(true);
                return Err(e);
            }
        }
    }
    Ok(())
}

/// The property behind `v`, if it is one.
pub fn as_property(v: &Value) -> Option<&Property> {
    match v {
        Value::Native(n) => downcast::<Property>(n),
        _ => None,
    }
}

/// How a class attribute behaves when read through an instance or a class.
pub enum Descriptor<'a> {
    /// A property: call its getter with the instance.
    Property(&'a Property),
    /// A classmethod: bind its function to the class.
    ClassMethod(&'a Value),
    /// A staticmethod: its function, unbound.
    StaticMethod(&'a Value),
    /// A `functools.cached_property`.
    CachedProperty(&'a CachedProperty),
    /// Anything else.
    Plain,
}

/// What kind of descriptor `v` is.
pub fn descriptor(v: &Value) -> Descriptor<'_> {
    let Value::Native(n) = v else {
        return Descriptor::Plain;
    };
    if let Some(p) = downcast::<Property>(n) {
        return Descriptor::Property(p);
    }
    if let Some(c) = downcast::<ClassMethod>(n) {
        return Descriptor::ClassMethod(&c.0);
    }
    if let Some(s) = downcast::<StaticMethod>(n) {
        return Descriptor::StaticMethod(&s.0);
    }
    if let Some(c) = downcast::<CachedProperty>(n) {
        return Descriptor::CachedProperty(c);
    }
    Descriptor::Plain
}

/// The attributes of a property, classmethod or staticmethod object:
/// `fget`, `fset`, `fdel`, `__doc__`, `getter`/`setter`/`deleter` (bound to
/// the builtins `property.getter`… that copy it), `__func__`.
pub fn attr(v: &Value, name: &str) -> Option<super::errors::Res<Value>> {
    let bound = |b: &'static str| Value::Bound(Rc::new((v.clone(), Value::Builtin(b))));
    let missing = |t: &str| Err(super::errors::exc("AttributeError", format!("'{t}' object has no attribute '{name}'")));
    Some(match descriptor(v) {
        Descriptor::Property(p) => match name {
            "fget" => Ok(p.fget.clone()),
            "fset" => Ok(p.fset.clone()),
            "fdel" => Ok(p.fdel.clone()),
            "__doc__" => Ok(p.doc.clone()),
            "getter" => Ok(bound("property.getter")),
            "setter" => Ok(bound("property.setter")),
            "deleter" => Ok(bound("property.deleter")),
            _ => missing("property"),
        },
        Descriptor::ClassMethod(f) | Descriptor::StaticMethod(f) => match (name, f) {
            ("__func__" | "__wrapped__", _) => Ok(f.clone()),
            // Since 3.10 they carry the function's __name__, __doc__… too.
            (_, Value::Function(func)) if let Some(v) = super::function_attrs::get(func, name) => Ok(v),
            _ => missing(if matches!(descriptor(v), Descriptor::ClassMethod(_)) { "classmethod" } else { "staticmethod" }),
        },
        Descriptor::CachedProperty(c) => match name {
            "func" => Ok(c.func.clone()),
            "attrname" => Ok(c.name.borrow().clone().map_or(Value::None, Value::Str)),
            "__module__" => Ok(Value::str("functools")),
            "__doc__" => Ok(match &c.func {
                Value::Function(f) => super::function_attrs::get(f, "__doc__").unwrap_or(Value::None),
                _ => Value::None,
            }),
            _ => missing("functools.cached_property"),
        },
        Descriptor::Plain => return None,
    })
}

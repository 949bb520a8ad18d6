//! User classes: class objects with their C3 MRO, instances, bound methods,
//! `super()`, and exception subclasses.
//!
//! Invariant: a class's bases and MRO hold only `Value::Class`es and
//! `Value::Type`s naming `object` or a built-in exception class; the MRO
//! ends with `object`.

use std::cell::RefCell;
use std::rc::Rc;

use std::hash::{Hash, Hasher};

use indexmap::{Equivalent, IndexMap};

use super::descriptors::{Descriptor, as_property, descriptor};
use super::errors::{exception_class, is_subclass};
use super::value::{DictMap, Key, Value};
use crate::python::object::errors::{Res, exc, type_error};

/// A class namespace: names in definition order (the order `__set_name__`
/// runs in, and `vars()` shows).
pub type ClassDict = IndexMap<Rc<str>, Value, rustc_hash::FxBuildHasher>;

/// A class made by a `class` statement (or `type(name, bases, dict)`).
#[derive(Debug)]
pub struct ClassObj {
    /// The class name.
    pub name: Rc<str>,
    /// `__qualname__`: `Outer.Inner`, `f.<locals>.C`.
    pub qualname: Rc<str>,
    /// `__bases__`: user classes and built-in types (`object` when none given).
    pub bases: Vec<Value>,
    /// The method resolution order after the class itself (C3), ending with
    /// `object`: user classes and built-in types.
    pub mro: Vec<Value>,
    /// The instance attribute names `__slots__` allows, when every class of
    /// the MRO declares `__slots__` (instances then have no `__dict__`).
    pub slots: Option<Vec<Rc<str>>>,
    /// Class attributes and methods.
    pub attrs: RefCell<ClassDict>,
}

/// An instance of a user class.
#[derive(Debug)]
pub struct Instance {
    /// Its class.
    pub class: Rc<ClassObj>,
    /// Its `__dict__`, in assignment order (shared with `vars(obj)`).
    pub dict: Rc<RefCell<DictMap>>,
}

/// An attribute name as a dict key, looked up without allocating a str value.
struct Name<'a>(&'a str);

impl Hash for Name<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // Hashes as `Key(Value::Str(..))` does: as the str itself.
        self.0.hash(state);
    }
}

impl Equivalent<Key> for Name<'_> {
    fn equivalent(&self, key: &Key) -> bool {
        matches!(&key.0, Value::Str(s) if &**s == self.0)
    }
}

impl Instance {
    /// A new instance of `class` with an empty `__dict__`.
    pub fn new(class: Rc<ClassObj>) -> Instance {
        Instance { class, dict: Rc::default() }
    }
    /// The instance attribute `name`.
    pub fn get(&self, name: &str) -> Option<Value> {
        self.dict.borrow().get(&Name(name)).cloned()
    }
    /// Sets the instance attribute `name`.
    pub fn set(&self, name: &str, value: Value) {
        let mut dict = self.dict.borrow_mut();
        match dict.get_mut(&Name(name)) {
            Some(slot) => *slot = value,
            None => {
                dict.insert(Key(Value::str(name)), value);
            }
        }
    }
    /// Removes the instance attribute `name`, if set.
    pub fn remove(&self, name: &str) -> Option<Value> {
        self.dict.borrow_mut().shift_remove(&Name(name))
    }
}

impl ClassObj {
    /// Looks `name` up on the class and then along its MRO: the one way
    /// methods and class attributes are found.
    pub fn lookup(&self, name: &str) -> Option<Value> {
        if let Some(v) = self.attrs.borrow().get(name) {
            return Some(v.clone());
        }
        self.mro.iter().find_map(|c| match c {
            Value::Class(c) => c.attrs.borrow().get(name).cloned(),
            _ => None,
        })
    }

    /// The built-in exception class this class derives from, if any.
    pub fn exception_base(&self) -> Option<&'static str> {
        self.mro.iter().find_map(|c| match c {
            Value::Type(t) => exception_class(t),
            _ => None,
        })
    }

    /// Whether this class is `other` or derives from it.
    pub fn is_subclass_of(self: &Rc<Self>, other: &Rc<ClassObj>) -> bool {
        Rc::ptr_eq(self, other) || self.mro.iter().any(|c| matches!(c, Value::Class(c) if Rc::ptr_eq(c, other)))
    }

    /// Whether this class derives from the built-in type `name`
    /// (`object`, or an exception class).
    pub fn is_subclass_of_type(&self, name: &str) -> bool {
        self.mro.iter().any(|c| matches!(c, Value::Type(t) if is_subclass(t, name) || *t == name))
    }

    /// `__mro__`: the class itself, then its MRO.
    pub fn full_mro(self: &Rc<Self>) -> Vec<Value> {
        let mut all = Vec::with_capacity(self.mro.len() + 1);
        all.push(Value::Class(self.clone()));
        all.extend(self.mro.iter().cloned());
        all
    }
}

/// Builds a class from its namespace: checks the bases, computes the C3 MRO
/// (CPython's TypeError when there is none) and the `__slots__` layout.
pub fn make_class(name: Rc<str>, qualname: Rc<str>, bases: Vec<Value>, namespace: ClassDict) -> Res<Value> {
    for b in &bases {
        match b {
            Value::Class(_) | Value::Type("object") => {}
            Value::Type(t) if exception_class(t).is_some() => {}
            Value::Type(_) => {
                return Err(exc("NotImplementedError", format!("looplab cannot subclass '{}' yet", b.repr())));
            }
            other => {
                return Err(exc(
                    "NotImplementedError",
                    format!("looplab cannot use a '{}' object as a base class", other.type_name()),
                ));
            }
        }
    }
    let bases = if bases.is_empty() { vec![Value::Type("object")] } else { bases };
    let mro = super::mro::linearize(&bases)?;
    let exception_bases: Vec<&'static str> = mro
        .iter()
        .filter_map(|c| match c {
            Value::Type(t) => exception_class(t),
            _ => None,
        })
        .collect();
    let layouts: Vec<&'static str> = exception_bases.iter().map(|t| solid_base(t)).collect();
    if layouts.iter().any(|a| layouts.iter().any(|b| !is_subclass(a, b) && !is_subclass(b, a))) {
        return type_error("multiple bases have instance lay-out conflict");
    }
    let slots = slots_of(&bases, &namespace)?;
    let mut namespace = namespace;
    // Every class has its own `__doc__` and `__module__` (not inherited).
    namespace.entry(Rc::from("__doc__")).or_insert(Value::None);
    namespace.entry(Rc::from("__module__")).or_insert_with(|| Value::str("__main__"));
    if let Some(f @ Value::Function(_)) = namespace.get("__new__").cloned() {
        if exception_bases.first().is_some() {
            return Err(exc("NotImplementedError", "looplab does not support __new__ on exception classes"));
        }
        // Implicitly a staticmethod, as CPython's type.__new__ makes it.
        namespace.insert(Rc::from("__new__"), Value::Native(Rc::new(super::descriptors::StaticMethod(f))));
    }
    if let Some(f @ Value::Function(_)) = namespace.get("__init_subclass__").cloned() {
        // Implicitly a classmethod, as CPython's type.__new__ makes it.
        namespace.insert(Rc::from("__init_subclass__"), Value::Native(Rc::new(super::descriptors::ClassMethod(f))));
    }
    for v in namespace.iter().filter_map(|(k, v)| as_property(v).map(|p| (k, p))) {
        *v.1.name.borrow_mut() = Some(v.0.clone());
    }
    Ok(Value::Class(Rc::new(ClassObj { name, qualname, bases, mro, slots, attrs: RefCell::new(namespace) })))
}

/// The nearest built-in exception class with fields of its own (CPython's
/// "solid base"): two bases with unrelated solid bases cannot be combined.
fn solid_base(t: &'static str) -> &'static str {
    const OWN_LAYOUT: &[&str] =
        &["OSError", "StopIteration", "SystemExit", "ImportError", "SyntaxError", "NameError", "AttributeError", "UnicodeError"];
    let mut current = Some(t);
    while let Some(c) = current {
        if OWN_LAYOUT.contains(&c) {
            return c;
        }
        current = super::errors::exception_parent(c);
    }
    "BaseException"
}

/// The instance attributes `__slots__` allows: `None` when instances have a
/// `__dict__` (this class or a base declares no `__slots__`).
fn slots_of(bases: &[Value], namespace: &ClassDict) -> Res<Option<Vec<Rc<str>>>> {
    let Some(declared) = namespace.get("__slots__") else {
        return Ok(None);
    };
    let names: Vec<Value> = match declared {
        Value::Str(s) => vec![Value::Str(s.clone())],
        Value::Tuple(t) => t.to_vec(),
        Value::List(l) => l.borrow().clone(),
        other => {
            return Err(exc(
                "NotImplementedError",
                format!("looplab supports __slots__ as a str, tuple or list, not {}", other.type_name()),
            ));
        }
    };
    let mut allowed = Vec::new();
    for n in names {
        match n {
            Value::Str(s) if &*s == "__dict__" => return Ok(None),
            Value::Str(s) => allowed.push(s),
            other => return type_error(format!("__slots__ items must be strings, not '{}'", other.type_name())),
        }
    }
    for b in bases {
        match b {
            Value::Class(c) => match &c.slots {
                Some(inherited) => allowed.extend(inherited.iter().cloned()),
                None => return Ok(None),
            },
            Value::Type("object") => {}
            _ => return Ok(None),
        }
    }
    Ok(Some(allowed))
}

/// `type(v)`: the class of any value.
pub fn type_of(v: &Value) -> Value {
    match v {
        Value::Exc(e) => match e.class.borrow().as_ref() {
            Some(c) => Value::Class(c.clone()),
            None => Value::Type(e.kind),
        },
        Value::Instance(i) => Value::Class(i.class.clone()),
        v => Value::Type(v.type_name()),
    }
}

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
        Descriptor::Plain => match (instance, v) {
            (Some(i), f @ Value::Function(_)) => Lookup::Value(Value::Bound(Rc::new((i.clone(), f)))),
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
fn is_data_descriptor(v: &Value) -> bool {
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
        "__mro__" => Value::tuple(c.full_mro()),
        "__bases__" => Value::tuple(c.bases.clone()),
        "__base__" => c.bases.first().cloned().unwrap_or(Value::None),
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

/// `inst.name = value` once no descriptor of its class handles the name:
/// into its `__dict__`, within what `__slots__` allows.
pub fn store_in_instance(inst: &Instance, name: &str, value: Value) -> Res<()> {
    if name == "__dict__" || name == "__class__" {
        return Err(exc("NotImplementedError", format!("looplab cannot assign an instance's {name}")));
    }
    if let Some(allowed) = &inst.class.slots
        && !allowed.iter().any(|s| &**s == name)
    {
        return Err(exc("AttributeError", format!("'{}' object has no attribute '{name}'", inst.class.name)));
    }
    inst.set(name, value);
    Ok(())
}

/// `obj.name = value`.
pub fn set_attr(obj: &Value, name: &str, value: Value) -> Res<()> {
    match obj {
        Value::Instance(inst) => {
            if inst.class.lookup(name).is_some_and(|v| as_property(&v).is_some() || is_data_descriptor(&v)) {
                return Err(exc("NotImplementedError", format!("looplab cannot set property '{name}' here")));
            }
            store_in_instance(inst, name, value)
        }
        Value::Class(c) => {
            c.attrs.borrow_mut().insert(Rc::from(name), value);
            Ok(())
        }
        Value::Function(f) => super::function_attrs::set(f, name, value),
        Value::Exc(e) if name != "args" => {
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

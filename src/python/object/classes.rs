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

use super::descriptors::as_property;
pub use super::lookup::{Lookup, class_qualname, find_attr, get_attr, user_descriptor_method};
use super::lookup::is_data_descriptor;
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
    /// What its class's `__hash__` returned when the VM last made a dict key
    /// or set member of it (`None`: hashed by identity). Keys cannot call
    /// Python code, so the VM computes the hash and keeps it here.
    pub hash: std::cell::Cell<Option<i64>>,
    /// The built-in or library value it extends when its class derives from
    /// one (`class Stack(list)`, `class Stats(Counter)`): the base type's
    /// methods and operators act on it.
    pub base: RefCell<Option<Value>>,
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
        Instance { class, dict: Rc::default(), hash: Default::default(), base: RefCell::new(None) }
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
            || super::enums::member_type(self) == Some(name)
    }

    /// The built-in or library class this class extends (`list`, `dict`,
    /// `deque`, a namedtuple class), if any: its instances carry a value of it.
    pub fn library_base(&self) -> Option<Value> {
        self.mro.iter().find(|c| is_library_base(c)).cloned()
    }

    /// `__mro__`: the class itself, then its MRO.
    pub fn full_mro(self: &Rc<Self>) -> Vec<Value> {
        let mut all = Vec::with_capacity(self.mro.len() + 1);
        all.push(Value::Class(self.clone()));
        all.extend(self.mro.iter().cloned());
        all
    }

    /// Whether this is a `class P(NamedTuple)`: made on the namedtuple class
    /// typing.py makes, which in CPython is the class itself (a class on a
    /// `namedtuple()` keeps no `__orig_bases__`).
    pub fn is_typing_record(&self) -> bool {
        matches!(self.bases.as_slice(), [Value::Native(n)] if n.is_class()) && self.attrs.borrow().contains_key("__orig_bases__")
    }

    /// `__mro__` as CPython shows it: the namedtuple class a
    /// [`is_typing_record`](Self::is_typing_record) class is made on is that
    /// class, so it is not listed again after it.
    pub fn shown_mro(self: &Rc<Self>) -> Vec<Value> {
        let mut shown = Vec::with_capacity(self.mro.len() + 1);
        let mut after_record = false;
        for c in self.full_mro() {
            if after_record && matches!(c, Value::Native(_)) {
                after_record = false;
                continue;
            }
            after_record = matches!(&c, Value::Class(c) if c.is_typing_record());
            shown.push(c);
        }
        shown
    }

    /// `__bases__` as CPython shows it (`(tuple,)` for a `NamedTuple` class).
    pub fn shown_bases(&self) -> Vec<Value> {
        if self.is_typing_record() { vec![Value::Type("tuple")] } else { self.bases.clone() }
    }
}

/// Builds a class from its namespace: checks the bases, computes the C3 MRO
/// (CPython's TypeError when there is none) and the `__slots__` layout.
pub fn make_class(name: Rc<str>, qualname: Rc<str>, bases: Vec<Value>, namespace: ClassDict) -> Res<Value> {
    for b in &bases {
        match b {
            Value::Class(_) | Value::Type("object") => {}
            Value::Type(t) if exception_class(t).is_some() => {}
            _ if is_library_base(b) => {}
            Value::Type(t @ ("bool" | "range" | "slice" | "NoneType" | "memoryview")) => {
                return type_error(format!("type '{t}' is not an acceptable base type"));
            }
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
    super::descriptors::name_cached_properties(&namespace, &name)?;
    Ok(Value::Class(Rc::new(ClassObj { name, qualname, bases, mro, slots, attrs: RefCell::new(namespace) })))
}

/// The built-in types a class may extend besides `object` and exceptions
/// (an instance of a scalar one passes for its value: `scalar::scalar_of`).
const EXTENSIBLE_TYPES: &[&str] = &["list", "dict", "tuple", "set", "str", "int", "float", "bytes", "frozenset"];

/// The library's classes a class may extend (exported as builtins).
pub const EXTENSIBLE_LIBRARY: &[&str] =
    &["collections.deque", "collections.Counter", "collections.OrderedDict", "collections.defaultdict"];

/// The base type's special methods an instance of a class extending a
/// built-in or library type reaches (through the class's dunder lookup or
/// `super()`): builtins acting on the instance's base value.
pub const BASE_METHODS: &[&str] = &[
    "base.__init__", "base.__repr__", "base.__str__", "base.__getitem__", "base.__setitem__", "base.__delitem__",
    "base.__len__", "base.__iter__", "base.__contains__", "base.__eq__", "base.__ne__", "base.__lt__", "base.__le__",
    "base.__gt__", "base.__ge__", "base.__hash__", "base.__add__", "base.__sub__", "base.__mul__",
    "base.__or__", "base.__and__", "base.__xor__", "base.__radd__", "base.__rsub__", "base.__rmul__", "base.__ror__",
    "base.__rand__", "base.__rxor__", "base.__iadd__", "base.__ior__", "base.__reversed__",
    "base.__missing__", "base.keys",
];

/// The builtin standing for the base type's special method `name`.
pub fn base_method(name: &str) -> Option<&'static str> {
    BASE_METHODS.iter().find(|m| m.strip_prefix("base.") == Some(name)).copied()
}

/// The library's classes exported as builtins: `type()` of their objects is
/// the very value the module exports (`type(d) is deque`).
pub const LIBRARY_CLASSES: &[&str] = &[
    "collections.deque", "collections.Counter", "collections.OrderedDict", "collections.defaultdict", "collections.ChainMap",
];

/// Whether a class may extend `v` as a base whose value its instances carry:
/// a built-in container or scalar type, a library class, a namedtuple class.
pub fn is_library_base(v: &Value) -> bool {
    match v {
        Value::Type(t) => EXTENSIBLE_TYPES.contains(t),
        Value::Builtin(b) => EXTENSIBLE_LIBRARY.contains(b),
        Value::Native(n) => n.is_class(),
        _ => false,
    }
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
            Value::Str(s) if namespace.contains_key(&s) => {
                return Err(exc("ValueError", format!("{} in __slots__ conflicts with class variable", Value::Str(s).repr())));
            }
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
            // Instances of Counter and OrderedDict have a `__dict__`.
            Value::Builtin("collections.Counter" | "collections.OrderedDict") => return Ok(None),
            b if is_library_base(b) => {}
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
        Value::Native(n) => match n.class_value() {
            Some(class) => class,
            None => match LIBRARY_CLASSES.iter().find(|c| **c == n.class_name()) {
                Some(c) => Value::Builtin(c),
                None => Value::Type(n.class_name()),
            },
        },
        v => Value::Type(v.type_name()),
    }
}

/// `inst.name = value` once no descriptor of its class handles the name:
/// into its `__dict__`, within what `__slots__` allows.
pub fn store_in_instance(inst: &Instance, name: &str, value: Value) -> Res<()> {
    if name == "__dict__" || name == "__class__" {
        return Err(exc("NotImplementedError", format!("looplab cannot assign an instance's {name}")));
    }
    if let Some(Value::Native(n)) = &*inst.base.borrow()
        && n.read_only(name)
    {
        return Err(exc("AttributeError", "can't set attribute"));
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

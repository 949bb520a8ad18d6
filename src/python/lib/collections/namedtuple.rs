//! `collections.namedtuple`: a class made at run time ([`RecordClass`]) whose
//! instances ([`Record`]) are tuples with named fields.

use std::any::Any;
use std::rc::Rc;

use crate::python::lib::natives::{StdObject, arg, check_kwargs};
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::native::NativeObject;
use crate::python::object::value::{DictMap, Key, Value};
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

/// A namedtuple class, as a value.
pub struct RecordClass(Rc<Shape>);

/// What a namedtuple class is: its name, fields and defaults.
///
/// Invariant: `defaults.len() <= fields.len()`; they belong to the last fields.
pub struct Shape {
    name: &'static str,
    fields: Vec<Rc<str>>,
    defaults: Vec<Value>,
    /// What the repr puts before the name (`time.` for `time.struct_time`).
    repr_prefix: &'static str,
    /// Attributes every instance has besides its fields (`tm_zone`).
    extras: Vec<(&'static str, Value)>,
    /// The class as `type(x)` shows it (`__main__.Point`, `time.struct_time`).
    qualified: &'static str,
}

impl Shape {
    /// A tuple-with-names type the library itself defines (`time.struct_time`).
    pub fn builtin(
        qualified: &'static str,
        repr_prefix: &'static str,
        fields: &[&str],
        extras: Vec<(&'static str, Value)>,
    ) -> Rc<Shape> {
        let name = qualified.rsplit('.').next().unwrap_or(qualified);
        let fields = fields.iter().map(|f| Rc::from(*f)).collect();
        Rc::new(Shape { name, fields, defaults: Vec::new(), repr_prefix, extras, qualified })
    }
    /// An instance with these items (one per field).
    pub fn instance(self: &Rc<Self>, items: Vec<Value>) -> Value {
        self.make(items)
    }
}

/// `isinstance(v, class)` when `class` is a namedtuple class.
pub fn is_instance(v: &Value, class: &Value) -> Option<bool> {
    let Value::Native(c) = class else { return None };
    let shape = &crate::python::object::native::downcast::<RecordClass>(c)?.0;
    Some(match v {
        Value::Native(n) => crate::python::object::native::downcast::<Record>(n).is_some_and(|r| Rc::ptr_eq(&r.class, shape)),
        _ => false,
    })
}

/// The items of a record value, if `v` is one.
pub fn record_items(v: &Value) -> Option<Rc<Vec<Value>>> {
    match v {
        Value::Native(n) => crate::python::object::native::downcast::<Record>(n).map(|r| r.items.clone()),
        _ => None,
    }
}

/// A record of the same namedtuple class as `v` with other items (what
/// `type(v)(*items)` makes), if `v` is a record.
pub fn remake(v: &Value, items: Vec<Value>) -> Option<Value> {
    match v {
        Value::Native(n) => crate::python::object::native::downcast::<Record>(n).map(|r| r.class.make(items)),
        _ => None,
    }
}

/// An instance of a namedtuple class.
pub struct Record {
    class: Rc<Shape>,
    items: Rc<Vec<Value>>,
}

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_') && chars.all(|c| c.is_alphanumeric() || c == '_')
}

/// `namedtuple(typename, field_names, *, defaults=None)`.
pub fn namedtuple(vm: &mut Vm, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    check_kwargs("namedtuple", &kwargs, &["typename", "field_names", "defaults", "rename", "module"])?;
    let name = match arg(&args, &kwargs, 0, "typename") {
        Some(Value::Str(s)) => s.to_string(),
        _ => return type_error("namedtuple() missing required argument 'typename' (pos 1)"),
    };
    let fields: Vec<Rc<str>> = match arg(&args, &kwargs, 1, "field_names") {
        Some(Value::Str(s)) => s.replace(',', " ").split_whitespace().map(Rc::from).collect(),
        Some(v) => vm.collect(v)?.iter().map(|f| Rc::from(f.to_str().as_str())).collect(),
        None => return type_error("namedtuple() missing required argument 'field_names' (pos 2)"),
    };
    for n in std::iter::once(&*name).chain(fields.iter().map(|f| &**f)) {
        if !is_identifier(n) {
            return Err(exc("ValueError", format!("Type names and field names must be valid identifiers: {}", Value::str(n).repr())));
        }
        if KEYWORDS.contains(&n) {
            return Err(exc("ValueError", format!("Type names and field names cannot be a keyword: {}", Value::str(n).repr())));
        }
    }
    for (i, f) in fields.iter().enumerate() {
        if f.starts_with('_') {
            return Err(exc("ValueError", format!("Field names cannot start with an underscore: {}", Value::str(f).repr())));
        }
        if fields[..i].contains(f) {
            return Err(exc("ValueError", format!("Encountered duplicate field name: {}", Value::str(f).repr())));
        }
    }
    let defaults = match arg(&[], &kwargs, 2, "defaults") {
        None | Some(Value::None) => Vec::new(),
        Some(v) => vm.collect(v)?,
    };
    if defaults.len() > fields.len() {
        return type_error("Got more default values than field names");
    }
    // The class lives as long as the program may name it; its name is leaked
    // once per namedtuple() call so instances can report it as their type.
    let qualified: &'static str = Box::leak(format!("__main__.{name}").into_boxed_str());
    let name: &'static str = Box::leak(name.into_boxed_str());
    let shape = Shape { name, fields, defaults, repr_prefix: "", extras: Vec::new(), qualified };
    Ok(Value::Native(Rc::new(RecordClass(Rc::new(shape)))))
}

impl Shape {
    fn make(self: &Rc<Self>, items: Vec<Value>) -> Value {
        Value::Native(Rc::new(Record { class: self.clone(), items: Rc::new(items) }))
    }

    fn construct(self: &Rc<Self>, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
        let (n, name) = (self.fields.len(), self.name);
        if args.len() > n {
            let first = n - self.defaults.len() + 1;
            let takes = if first == n + 1 { format!("{}", n + 1) } else { format!("from {first} to {}", n + 1) };
            return type_error(format!("{name}.__new__() takes {takes} positional arguments but {} were given", args.len() + 1));
        }
        let mut slots: Vec<Option<Value>> = args.into_iter().map(Some).collect();
        slots.resize(n, None);
        for (k, v) in kwargs {
            let Some(i) = self.fields.iter().position(|f| *f == k) else {
                return type_error(format!("{name}.__new__() got an unexpected keyword argument '{k}'"));
            };
            if slots[i].is_some() {
                return type_error(format!("{name}.__new__() got multiple values for argument '{k}'"));
            }
            slots[i] = Some(v);
        }
        let first_default = n - self.defaults.len();
        let mut missing = Vec::new();
        for (i, slot) in slots.iter_mut().enumerate() {
            if slot.is_none() {
                match i.checked_sub(first_default) {
                    Some(d) => *slot = Some(self.defaults[d].clone()),
                    None => missing.push(format!("'{}'", self.fields[i])),
                }
            }
        }
        if !missing.is_empty() {
            let list = match missing.len() {
                1 => missing[0].clone(),
                2 => format!("{} and {}", missing[0], missing[1]),
                k => format!("{}, and {}", missing[..k - 1].join(", "), missing[k - 1]),
            };
            let s = if missing.len() == 1 { "" } else { "s" };
            return type_error(format!("{name}.__new__() missing {} required positional argument{s}: {list}", missing.len()));
        }
        Ok(self.make(slots.into_iter().flatten().collect()))
    }

    fn fields_tuple(&self) -> Value {
        Value::tuple(self.fields.iter().map(|f| Value::Str(f.clone())).collect())
    }
}

impl NativeObject for RecordClass {
    fn type_name(&self) -> &'static str {
        "type"
    }
    fn repr(&self) -> String {
        format!("<class '{}'>", self.0.qualified)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        &["__call__", "_make"]
    }
    fn is_class(&self) -> bool {
        true
    }
    // Every value naming a namedtuple class is that class (`type(p) is Point`).
    fn same(&self, other: &dyn NativeObject) -> bool {
        other.as_any().downcast_ref::<RecordClass>().is_some_and(|o| Rc::ptr_eq(&self.0, &o.0))
    }
    fn hash_identity(&self, state: &mut dyn std::hash::Hasher) {
        state.write_usize(Rc::as_ptr(&self.0) as usize);
    }
}

impl StdObject for RecordClass {
    fn attr(&self, _vm: &mut Vm, name: &str) -> Option<Res<Value>> {
        let shape = &self.0;
        Some(Ok(match name {
            "_fields" => shape.fields_tuple(),
            "__name__" | "__qualname__" => Value::str(shape.name),
            "_field_defaults" => {
                let first = shape.fields.len() - shape.defaults.len();
                let map: DictMap =
                    shape.fields[first..].iter().zip(&shape.defaults).map(|(f, d)| (Key(Value::Str(f.clone())), d.clone())).collect();
                Value::Dict(Rc::new(std::cell::RefCell::new(map)))
            }
            _ => return None,
        }))
    }
    fn call(&self, vm: &mut Vm, _this: &Value, name: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
        let class = &self.0;
        match name {
            "__call__" => class.construct(args, kwargs),
            _ => {
                let [iterable] = args.as_slice() else {
                    return type_error(format!("{}._make() takes 2 positional arguments but {} were given", class.name, args.len() + 1));
                };
                let items = vm.collect(iterable)?;
                if items.len() != class.fields.len() {
                    return type_error(format!("Expected {} arguments, got {}", class.fields.len(), items.len()));
                }
                Ok(class.make(items))
            }
        }
    }
}

impl NativeObject for Record {
    fn type_name(&self) -> &'static str {
        self.class.name
    }
    fn class_name(&self) -> &'static str {
        self.class.qualified
    }
    fn repr(&self) -> String {
        self.repr_with(&mut |v| v.repr())
    }
    fn repr_with(&self, show: &mut dyn FnMut(&Value) -> String) -> String {
        let parts: Vec<String> = self.class.fields.iter().zip(self.items.iter()).map(|(f, v)| format!("{f}={}", show(v))).collect();
        format!("{}{}({})", self.class.repr_prefix, self.class.name, parts.join(", "))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        &["_replace", "_asdict", "count", "index"]
    }
    fn backing(&self) -> Option<Value> {
        Some(Value::Tuple(self.items.clone()))
    }
    fn read_only(&self, name: &str) -> bool {
        self.class.fields.iter().any(|f| &**f == name)
    }
    fn class_value(&self) -> Option<Value> {
        Some(Value::Native(Rc::new(RecordClass(self.class.clone()))))
    }
}

impl StdObject for Record {
    fn attr(&self, _vm: &mut Vm, name: &str) -> Option<Res<Value>> {
        if let Some(i) = self.class.fields.iter().position(|f| &**f == name) {
            return Some(Ok(self.items[i].clone()));
        }
        if let Some((_, v)) = self.class.extras.iter().find(|(n, _)| *n == name) {
            return Some(Ok(v.clone()));
        }
        match name {
            "_fields" => Some(Ok(self.class.fields_tuple())),
            _ => None,
        }
    }
    fn call(&self, vm: &mut Vm, _this: &Value, name: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
        match name {
            "_replace" => {
                let mut items = self.items.to_vec();
                let mut unknown = Vec::new();
                for (k, v) in kwargs {
                    match self.class.fields.iter().position(|f| *f == k) {
                        Some(i) => items[i] = v,
                        None => unknown.push(Value::Str(k)),
                    }
                }
                if !unknown.is_empty() {
                    return Err(exc("ValueError", format!("Got unexpected field names: {}", Value::list(unknown).repr())));
                }
                Ok(self.class.make(items))
            }
            "_asdict" => {
                let map: DictMap =
                    self.class.fields.iter().zip(self.items.iter()).map(|(f, v)| (Key(Value::Str(f.clone())), v.clone())).collect();
                Ok(Value::Dict(Rc::new(std::cell::RefCell::new(map))))
            }
            _ => {
                let tuple = Value::Tuple(self.items.clone());
                crate::python::lib::methods::call_method(vm, &tuple, name, args, kwargs)
            }
        }
    }
}

//! The builtins around classes and attributes: `getattr`, `setattr`,
//! `hasattr`, `delattr`, `vars`, `issubclass`, `super(C, obj)`, `property`
//! (and its `getter`/`setter`/`deleter`), `classmethod`, `staticmethod` and
//! `type(name, bases, dict)`, with CPython 3.11's messages.

use std::rc::Rc;

use crate::python::object::classes::{make_class, type_of};
use crate::python::object::descriptors::{ClassMethod, Property, StaticMethod, as_property};
use crate::python::object::errors::{Res, exc, exception_class, is_subclass, type_error};
use crate::python::object::value::{Key, Value};
use crate::python::vm::attributes::{init_subclass, load_attr};
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

/// The builtin functions this file provides.
pub const FUNCTIONS: &[&str] = &["getattr", "setattr", "hasattr", "delattr", "vars", "issubclass"];

/// The builtin types this file provides.
pub const TYPES: &[&str] = &["property", "classmethod", "staticmethod"];

/// "getattr expected 2 arguments, got 1" (exactly `n`).
fn exactly(name: &str, args: &[Value], n: usize) -> Res<()> {
    if args.len() == n {
        return Ok(());
    }
    let s = if n == 1 { "" } else { "s" };
    type_error(format!("{name} expected {n} argument{s}, got {}", args.len()))
}

fn attr_name(v: &Value) -> Res<Rc<str>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => type_error(format!("attribute name must be string, not '{}'", other.type_name())),
    }
}

fn no_keywords(name: &str, kwargs: &Kwargs) -> Res<()> {
    if kwargs.is_empty() { Ok(()) } else { type_error(format!("{name}() takes no keyword arguments")) }
}

/// Calls builtin function `name` if this file provides it.
pub fn call_builtin(vm: &mut Vm, name: &str, args: &[Value], kwargs: &Kwargs) -> Option<Res<Value>> {
    Some(match name {
        "getattr" => getattr(vm, args, kwargs),
        "hasattr" => no_keywords(name, kwargs).and_then(|_| exactly("hasattr", args, 2)).and_then(|_| {
            let n = attr_name(&args[1])?;
            match load_attr(vm, &args[0], &n) {
                Ok(_) => Ok(Value::Bool(true)),
                Err(e) if is_subclass(e.kind, "AttributeError") => Ok(Value::Bool(false)),
                Err(e) => Err(e),
            }
        }),
        "setattr" => no_keywords(name, kwargs).and_then(|_| exactly("setattr", args, 3)).and_then(|_| {
            let n = attr_name(&args[1])?;
            crate::python::vm::dunder::set_attr(vm, &args[0], &n, args[2].clone()).map(|_| Value::None)
        }),
        "delattr" => no_keywords(name, kwargs).and_then(|_| exactly("delattr", args, 2)).and_then(|_| {
            let n = attr_name(&args[1])?;
            crate::python::vm::dunder::del_attr(vm, &args[0], &n).map(|_| Value::None)
        }),
        "vars" => no_keywords(name, kwargs).and_then(|_| vars(args)),
        "issubclass" => no_keywords(name, kwargs).and_then(|_| exactly("issubclass", args, 2)).and_then(|_| {
            issubclass(&args[0], &args[1]).map(Value::Bool)
        }),
        "property.getter" | "property.setter" | "property.deleter" => accessor(name, args),
        "object.__init_subclass__" => match (args.first(), kwargs.is_empty()) {
            (_, true) => Ok(Value::None),
            (Some(Value::Class(c)), false) => type_error(format!("{}.__init_subclass__() takes no keyword arguments", c.qualname)),
            _ => type_error("__init_subclass__() takes no keyword arguments"),
        },
        "super" => super_(args),
        "object.__new__" => match args {
            // `super().__new__(cls, value)` in a class extending `str`, `tuple`…: that type's `__new__`.
            [Value::Class(c), rest @ ..] if let Some(base) = c.library_base() => {
                let has_init = c.lookup("__init__").is_some();
                crate::python::vm::instances::new_extending(vm, c, base, has_init, rest.to_vec(), kwargs.to_vec())
            }
            [Value::Class(c)] if c.exception_base().is_none() => {
                Ok(Value::Instance(Rc::new(crate::python::object::classes::Instance::new(c.clone()))))
            }
            [Value::Class(_)] => Err(exc("NotImplementedError", "looplab does not support object.__new__ of an exception class")),
            [] => type_error("object.__new__(): not enough arguments"),
            [Value::Class(_), ..] => type_error("object.__new__() takes exactly one argument (the type to instantiate)"),
            [other, ..] => type_error(format!("object.__new__(X): X is not a type object ({})", other.type_name())),
        },
        "type.mro" => match args {
            [Value::Class(c)] => Ok(Value::list(c.shown_mro())),
            _ => type_error(format!("mro() takes no arguments ({} given)", args.len().saturating_sub(1))),
        },
        _ => return None,
    })
}

fn getattr(vm: &mut Vm, args: &[Value], kwargs: &Kwargs) -> Res<Value> {
    no_keywords("getattr", kwargs)?;
    super::builtins::arg_count("getattr", args, 2, 3)?;
    let n = attr_name(&args[1])?;
    match (load_attr(vm, &args[0], &n), args.get(2)) {
        (Err(e), Some(default)) if is_subclass(e.kind, "AttributeError") => Ok(default.clone()),
        (r, _) => r,
    }
}

fn vars(args: &[Value]) -> Res<Value> {
    match args {
        [] => Err(exc("NotImplementedError", "looplab does not support vars() without an argument")),
        [Value::Instance(i)] if i.class.slots.is_none() => Ok(Value::Dict(i.dict.clone())),
        [Value::Exc(e)] => {
            let items = e.attrs.borrow().iter().map(|(k, v)| (Key(Value::Str(k.clone())), v.clone())).collect();
            Ok(Value::Dict(Rc::new(std::cell::RefCell::new(items))))
        }
        [Value::Function(f)] => Ok(crate::python::object::function_attrs::get(f, "__dict__").unwrap_or(Value::None)),
        [Value::Class(_) | Value::Module(_)] => {
            Err(exc("NotImplementedError", "looplab does not support vars() of a class or module (a mappingproxy)"))
        }
        [_] => type_error("vars() argument must have __dict__ attribute"),
        _ => type_error(format!("vars expected at most 1 argument, got {}", args.len())),
    }
}

/// `super(C, obj)`: `obj` must be an instance or a subclass of `C`.
fn super_(args: &[Value]) -> Res<Value> {
    match args {
        [Value::Class(c), obj] => {
            let ok = match obj {
                Value::Class(o) => o.is_subclass_of(c),
                other => match type_of(other) {
                    Value::Class(o) => o.is_subclass_of(c),
                    _ => false,
                },
            };
            if !ok {
                return type_error("super(type, obj): obj must be an instance or subtype of type");
            }
            Ok(Value::Super(Rc::new((c.clone(), obj.clone()))))
        }
        [] => Err(exc("RuntimeError", "super(): no arguments")),
        [Value::Type(_), _] => Err(exc("NotImplementedError", "looplab supports super() of user classes only")),
        [other, _] => type_error(format!("super() argument 1 must be a type, not {}", other.type_name())),
        _ => Err(exc("NotImplementedError", "looplab supports super() and super(Class, obj) only")),
    }
}

/// `issubclass(cls, classinfo)`.
pub fn issubclass(cls: &Value, info: &Value) -> Res<bool> {
    // A library class (`Counter`, a namedtuple class) against a class or a built-in type.
    if matches!(cls, Value::Builtin(_) | Value::Native(_))
        && crate::python::object::classes::is_library_base(cls)
    {
        if let Value::Tuple(items) = info {
            return items.iter().try_fold(false, |found, c| Ok(found || issubclass(cls, c)?));
        }
        let mro = crate::python::object::mro::linearize(std::slice::from_ref(cls))?;
        return Ok(mro.iter().any(|c| crate::python::object::mro::same(c, info)) || matches!(info, Value::Type("object")));
    }
    if !matches!(cls, Value::Class(_) | Value::Type(_)) {
        return type_error("issubclass() arg 1 must be a class");
    }
    match info {
        Value::Tuple(items) => {
            for c in items.iter() {
                if issubclass(cls, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Class(base) if super::typing_classes::is_protocol(base) => super::typing_classes::protocol_check(),
        Value::Class(base) => Ok(matches!(cls, Value::Class(c) if c.is_subclass_of(base))),
        Value::Builtin(_) | Value::Native(_) if crate::python::object::classes::is_library_base(info) => {
            Ok(matches!(cls, Value::Class(c) if c.mro.iter().any(|b| crate::python::object::mro::same(b, info))))
        }
        Value::Type(base) => Ok(match cls {
            Value::Class(c) => *base == "object" || c.is_subclass_of_type(base),
            Value::Type(t) => builtin_subclass(t, base),
            _ => false,
        }),
        _ => type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"),
    }
}

/// Whether built-in type `t` derives from built-in type `base`.
pub fn builtin_subclass(t: &str, base: &str) -> bool {
    t == base
        || base == "object"
        || crate::python::object::mro::builtin_base(t).is_some_and(|parent| builtin_subclass(parent, base))
        || (exception_class(t).is_some() && is_subclass(t, base))
}

/// `prop.getter(f)`, `prop.setter(f)`, `prop.deleter(f)`: a copy with one
/// accessor replaced.
fn accessor(name: &str, args: &[Value]) -> Res<Value> {
    let (Some(p), [_, f]) = (args.first().and_then(as_property), args) else {
        let what = name.rsplit('.').next().unwrap_or(name);
        return type_error(format!("{what}() takes exactly one argument ({} given)", args.len().saturating_sub(1)));
    };
    let mut new = p.clone();
    match name {
        "property.getter" => new.fget = f.clone(),
        "property.setter" => new.fset = f.clone(),
        _ => new.fdel = f.clone(),
    }
    if name == "property.getter" && p.doc_from_getter {
        new.doc = doc_of(f);
    }
    Ok(Value::Native(Rc::new(new)))
}

fn doc_of(f: &Value) -> Value {
    match f {
        Value::Function(f) => crate::python::object::function_attrs::get(f, "__doc__").unwrap_or(Value::None),
        _ => Value::None,
    }
}

/// Calls builtin type `name` if this file provides it (`type` with three
/// arguments included).
pub fn call_type(vm: &mut Vm, name: &str, args: &[Value], kwargs: &Kwargs) -> Option<Res<Value>> {
    Some(match name {
        "property" => property(args, kwargs),
        "classmethod" | "staticmethod" => no_keywords(name, kwargs).and_then(|_| exactly(name, args, 1)).map(|_| {
            let f = args[0].clone();
            if name == "classmethod" {
                Value::Native(Rc::new(ClassMethod(f)))
            } else {
                Value::Native(Rc::new(StaticMethod(f)))
            }
        }),
        "type" if args.len() == 3 => type3(vm, args, kwargs),
        "type" if args.len() != 1 => type_error("type() takes 1 or 3 arguments"),
        _ => return None,
    })
}

fn property(args: &[Value], kwargs: &Kwargs) -> Res<Value> {
    if args.len() > 4 {
        return type_error(format!("property() takes at most 4 arguments ({} given)", args.len() + kwargs.len()));
    }
    let mut slots = [Value::None, Value::None, Value::None, Value::None];
    for (i, a) in args.iter().enumerate() {
        slots[i] = a.clone();
    }
    for (k, v) in kwargs {
        match ["fget", "fset", "fdel", "doc"].iter().position(|n| **n == **k) {
            Some(i) if i < args.len() => {
                return type_error(format!("argument for property() given by name ('{k}') and position ({})", i + 1));
            }
            Some(i) => slots[i] = v.clone(),
            None => return type_error(format!("'{k}' is an invalid keyword argument for property()")),
        }
    }
    let [fget, fset, fdel, doc] = slots;
    let doc_from_getter = matches!(doc, Value::None);
    let doc = if doc_from_getter { doc_of(&fget) } else { doc };
    Ok(Value::Native(Rc::new(Property { fget, fset, fdel, doc, doc_from_getter, name: Default::default() })))
}

/// `type(name, bases, dict)`.
fn type3(vm: &mut Vm, args: &[Value], kwargs: &Kwargs) -> Res<Value> {
    let Value::Str(name) = &args[0] else {
        return type_error(format!("type.__new__() argument 1 must be str, not {}", args[0].type_name()));
    };
    let Value::Tuple(bases) = &args[1] else {
        return type_error(format!("type.__new__() argument 2 must be tuple, not {}", args[1].type_name()));
    };
    let Value::Dict(d) = &args[2] else {
        return type_error(format!("type.__new__() argument 3 must be dict, not {}", args[2].type_name()));
    };
    let mut namespace = crate::python::object::classes::ClassDict::default();
    for (k, v) in d.borrow().iter() {
        match &k.0 {
            Value::Str(s) => namespace.insert(s.clone(), v.clone()),
            _ => return type_error("type.__new__() keys of the namespace must be strings"),
        };
    }
    let class = make_class(name.clone(), name.clone(), bases.to_vec(), namespace)?;
    init_subclass(vm, &class, kwargs.clone())?;
    Ok(class)
}

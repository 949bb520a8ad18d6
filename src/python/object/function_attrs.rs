//! A user function's attributes: `__name__`, `__qualname__`, `__doc__`,
//! `__module__`, `__defaults__`, `__wrapped__` and the rest of its
//! `__dict__`, read and written as CPython 3.11 does.
//!
//! Invariant: a name or qualname set here replaces the code's for reprs and
//! the coroutines the function makes, never for tracebacks (those read the
//! code's name, as CPython's `co_name`).

use std::cell::RefCell;
use std::rc::Rc;

use super::errors::{Res, exc, type_error};
use super::value::{DictMap, Function, Key, Value};

/// What a program has set on a function (all empty when made, so making a
/// function allocates nothing more).
#[derive(Debug, Default)]
pub struct FuncMeta {
    /// `f.__name__ = …`.
    pub name: Option<Rc<str>>,
    /// `f.__qualname__ = …`.
    pub qualname: Option<Rc<str>>,
    /// `f.__doc__ = …` (the docstring otherwise).
    pub doc: Option<Value>,
    /// `f.__module__ = …` (`'__main__'` otherwise).
    pub module: Option<Value>,
    /// `f.__dict__`, made at the first attribute set or read of it.
    pub dict: Option<Rc<RefCell<DictMap>>>,
    /// The function returning its annotations as a dict, when the `def`
    /// has any (evaluated only when asked: front/annotations.rs).
    pub annotations: Option<Value>,
}

impl Function {
    /// `__name__`.
    pub fn name(&self) -> Rc<str> {
        self.meta.borrow().name.clone().unwrap_or_else(|| self.code.name.clone())
    }
    /// `__qualname__`.
    pub fn qualname(&self) -> Rc<str> {
        self.meta.borrow().qualname.clone().unwrap_or_else(|| self.code.qualname.clone())
    }
    /// `__dict__`, made on first use.
    fn dict(&self) -> Rc<RefCell<DictMap>> {
        self.meta.borrow_mut().dict.get_or_insert_with(Rc::default).clone()
    }
}

fn str_value(name: &str, v: Value) -> Res<Rc<str>> {
    match v {
        Value::Str(s) => Ok(s),
        _ => type_error(format!("{name} must be set to a string object")),
    }
}

/// The attributes CPython's functions have that looplab does not model.
pub const UNSUPPORTED: &[&str] = &["__code__", "__globals__", "__closure__", "__annotations__", "__builtins__", "__get__", "__call__"];

/// `f.name`, or `None` when a function has no such attribute.
pub fn get(f: &Rc<Function>, name: &str) -> Option<Value> {
    Some(match name {
        "__name__" => Value::Str(f.name()),
        "__qualname__" => Value::Str(f.qualname()),
        "__doc__" => match &f.meta.borrow().doc {
            Some(d) => d.clone(),
            None => f.code.doc.clone().map_or(Value::None, Value::Str),
        },
        "__module__" => f.meta.borrow().module.clone().unwrap_or_else(|| Value::str("__main__")),
        "__dict__" => Value::Dict(f.dict()),
        "__defaults__" if f.defaults.is_empty() => Value::None,
        "__defaults__" => Value::tuple(f.defaults.clone()),
        "__kwdefaults__" if f.kwdefaults.is_empty() => Value::None,
        "__kwdefaults__" => {
            let map = f.kwdefaults.iter().map(|(k, v)| (Key(Value::Str(k.clone())), v.clone())).collect();
            Value::Dict(Rc::new(RefCell::new(map)))
        }
        _ => {
            let dict = f.meta.borrow().dict.clone()?;
            let found = dict.borrow().get(&Key(Value::str(name))).cloned();
            found?
        }
    })
}

/// `f.name = value`.
pub fn set(f: &Rc<Function>, name: &str, value: Value) -> Res<()> {
    match name {
        "__name__" => f.meta.borrow_mut().name = Some(str_value("__name__", value)?),
        "__qualname__" => f.meta.borrow_mut().qualname = Some(str_value("__qualname__", value)?),
        "__doc__" => f.meta.borrow_mut().doc = Some(value),
        "__module__" => f.meta.borrow_mut().module = Some(value),
        "__dict__" => match value {
            Value::Dict(d) => f.meta.borrow_mut().dict = Some(d),
            other => {
                return type_error(format!("__dict__ must be set to a dictionary, not a '{}'", other.type_name()));
            }
        },
        "__defaults__" | "__kwdefaults__" | "__code__" | "__closure__" | "__globals__" => {
            return Err(exc("NotImplementedError", format!("looplab cannot set a function's {name}")));
        }
        _ => {
            f.dict().borrow_mut().insert(Key(Value::str(name)), value);
        }
    }
    Ok(())
}

/// `del f.name`.
pub fn delete(f: &Rc<Function>, name: &str) -> Res<()> {
    match name {
        "__name__" | "__qualname__" => type_error(format!("{name} must be set to a string object")),
        "__doc__" => {
            f.meta.borrow_mut().doc = Some(Value::None);
            Ok(())
        }
        _ => {
            let removed = f.dict().borrow_mut().shift_remove(&Key(Value::str(name)));
            match removed {
                Some(_) => Ok(()),
                None => Err(exc("AttributeError", format!("'function' object has no attribute '{name}'"))),
            }
        }
    }
}

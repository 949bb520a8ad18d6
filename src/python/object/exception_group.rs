//! `BaseExceptionGroup` / `ExceptionGroup` objects: the constructor's rules
//! and messages as CPython 3.11 has them (Objects/exceptions.c,
//! `BaseExceptionGroup_new`).

use std::rc::Rc;

use super::errors::{ExcObj, Res, exc, is_subclass};
use super::value::Value;

/// Whether exception class `kind` is an exception group.
pub fn is_group_kind(kind: &str) -> bool {
    kind == "BaseExceptionGroup" || kind == "ExceptionGroup"
}

/// `BaseExceptionGroup(message, exceptions)` / `ExceptionGroup(...)` with
/// `kind` the class called (a user subclass passes its built-in base).
pub fn new_group(kind: &'static str, args: Vec<Value>) -> Res<Rc<ExcObj>> {
    if args.len() != 2 {
        return Err(exc(
            "TypeError",
            format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", args.len()),
        ));
    }
    if !matches!(args[0], Value::Str(_)) {
        return Err(exc(
            "TypeError",
            format!("BaseExceptionGroup.__new__() argument 1 must be str, not {}", args[0].type_name()),
        ));
    }
    let items: Vec<Value> = match &args[1] {
        Value::List(l) => l.borrow().clone(),
        Value::Tuple(t) => t.to_vec(),
        _ => return Err(exc("TypeError", "second argument (exceptions) must be a sequence")),
    };
    if items.is_empty() {
        return Err(exc("ValueError", "second argument (exceptions) must be a non-empty sequence"));
    }
    let mut exceptions = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        match item {
            Value::Exc(e) => exceptions.push(e.clone()),
            _ => {
                return Err(exc("ValueError", format!("Item {i} of second argument (exceptions) is not an exception")));
            }
        }
    }
    let all_exceptions = exceptions.iter().all(|e| is_subclass(e.kind, "Exception"));
    let kind = match kind {
        "BaseExceptionGroup" if all_exceptions => "ExceptionGroup",
        "ExceptionGroup" if !all_exceptions => {
            return Err(exc("TypeError", "Cannot nest BaseExceptions in an ExceptionGroup"));
        }
        other => other,
    };
    let group = ExcObj::new(kind, args);
    *group.exceptions.borrow_mut() = exceptions;
    Ok(group)
}

/// A group made by the interpreter (a split's part, `except*` wrapping or
/// combining): `ExceptionGroup` when every member is an `Exception`; its
/// `args[1]` is a list, or a tuple as `except*` wraps a lone exception.
pub fn make_group(message: &str, exceptions: Vec<Rc<ExcObj>>, as_tuple: bool) -> Rc<ExcObj> {
    let all_exceptions = exceptions.iter().all(|e| is_subclass(e.kind, "Exception"));
    let kind = if all_exceptions { "ExceptionGroup" } else { "BaseExceptionGroup" };
    let items = exceptions.iter().cloned().map(Value::Exc).collect();
    let list = if as_tuple { Value::tuple(items) } else { Value::list(items) };
    let group = ExcObj::new(kind, vec![Value::str(message), list]);
    *group.exceptions.borrow_mut() = exceptions;
    group
}

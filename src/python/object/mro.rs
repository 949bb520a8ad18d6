//! The C3 method resolution order, as CPython's `type.mro()` computes it,
//! with its TypeErrors for duplicate bases and inconsistent hierarchies.

use std::rc::Rc;

use super::errors::{Res, exception_class, type_error};
use super::value::Value;

/// Whether two MRO entries are the same class.
pub fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Class(x), Value::Class(y)) => Rc::ptr_eq(x, y),
        (Value::Type(x), Value::Type(y)) | (Value::Builtin(x), Value::Builtin(y)) => x == y,
        (Value::Native(x), Value::Native(y)) => x.same(&**y),
        _ => false,
    }
}

/// A class's `__name__`, as the error messages show it.
fn name_of(c: &Value) -> String {
    match c {
        Value::Class(c) => c.name.to_string(),
        Value::Type(t) => t.to_string(),
        other => other.type_name().to_string(),
    }
}

/// The built-in types (named as `Value::Type` names them) that derive from
/// another built-in type other than `object`, exceptions aside.
const BUILTIN_BASES: &[(&str, &str)] = &[
    ("bool", "int"),
    ("_asyncio.Task", FUTURE_CLASS),
    ("_GatheringFuture", FUTURE_CLASS),
];

/// asyncio's `Future` class, as `type()` names it.
pub const FUTURE_CLASS: &str = "_asyncio.Future";

/// The base of built-in type `t` other than `object`, if it has one (not for
/// exceptions, whose hierarchy is their own).
pub fn builtin_base(t: &str) -> Option<&'static str> {
    BUILTIN_BASES.iter().find(|(name, _)| *name == t).map(|(_, base)| *base)
}

/// The MRO of a built-in type, itself first: an exception class up to
/// `BaseException`, `bool` then `int`, a task then its future; then `object`.
pub fn builtin_mro(t: &'static str) -> Vec<Value> {
    let mut out = Vec::new();
    if exception_class(t).is_none() && t != "object" {
        out.push(Value::Type(t));
        let mut current = t;
        while let Some(base) = builtin_base(current) {
            out.push(Value::Type(base));
            current = base;
        }
    }
    let mut current = exception_class(t);
    while let Some(c) = current {
        out.push(Value::Type(c));
        current = super::errors::exception_parent(c);
    }
    out.push(Value::Type("object"));
    out
}

/// A base's own MRO, itself first.
fn mro_of(base: &Value) -> Vec<Value> {
    match base {
        Value::Class(c) => c.full_mro(),
        Value::Type(t) => builtin_mro(t),
        // The library's classes: namedtuple classes are tuples, Counter,
        // OrderedDict and defaultdict dicts, deque only itself.
        other @ Value::Native(_) => vec![other.clone(), Value::Type("tuple"), Value::Type("object")],
        other @ Value::Builtin(b) if *b != "collections.deque" => vec![other.clone(), Value::Type("dict"), Value::Type("object")],
        other => vec![other.clone(), Value::Type("object")],
    }
}

/// The MRO of a new class with `bases`, without the class itself.
pub fn linearize(bases: &[Value]) -> Res<Vec<Value>> {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|a| same(a, b)) {
            return type_error(format!("duplicate base class {}", name_of(b)));
        }
    }
    if let [only] = bases {
        return Ok(mro_of(only));
    }
    let mut lists: Vec<Vec<Value>> = bases.iter().map(mro_of).collect();
    lists.push(bases.to_vec());
    let mut heads = vec![0usize; lists.len()];
    let mut out = Vec::new();
    loop {
        if lists.iter().zip(&heads).all(|(l, &h)| h >= l.len()) {
            return Ok(out);
        }
        let in_tail = |c: &Value| lists.iter().zip(&heads).any(|(l, &h)| l.iter().skip(h + 1).any(|x| same(x, c)));
        let candidate = lists
            .iter()
            .zip(&heads)
            .filter(|(l, h)| **h < l.len())
            .map(|(l, &h)| &l[h])
            .find(|c| !in_tail(c))
            .cloned();
        let Some(next) = candidate else {
            return Err(inconsistent(&lists, &heads));
        };
        for (l, h) in lists.iter().zip(heads.iter_mut()) {
            if *h < l.len() && same(&l[*h], &next) {
                *h += 1;
            }
        }
        out.push(next);
    }
}

/// CPython's message: the remaining heads, each once, in list order.
fn inconsistent(lists: &[Vec<Value>], heads: &[usize]) -> std::rc::Rc<super::errors::ExcObj> {
    let mut seen: Vec<&Value> = Vec::new();
    for (l, &h) in lists.iter().zip(heads) {
        if let Some(c) = l.get(h)
            && !seen.iter().any(|s| same(s, c))
        {
            seen.push(c);
        }
    }
    let names: Vec<String> = seen.iter().map(|c| name_of(c)).collect();
    super::errors::exc(
        "TypeError",
        format!("Cannot create a consistent method resolution\norder (MRO) for bases {}", names.join(", ")),
    )
}

//! `list[int]`, `dict[str, Job]`, `tuple[int, ...]`: the `types.GenericAlias`
//! a built-in container class makes when subscripted (in annotations, most
//! of all). It shows as CPython shows it and calls its class.

use std::any::Any;
use std::rc::Rc;

use super::native::{NativeObject, downcast};
use super::value::Value;

/// A subscripted built-in class: the class and its arguments.
pub struct GenericAlias {
    /// `__origin__`: the class (`list`).
    pub origin: &'static str,
    /// `__args__`.
    pub args: Vec<Value>,
}

/// The built-in classes that subscript (the others are left as they are).
const GENERIC: &[&str] = &["list", "dict", "tuple", "set", "frozenset", "type", "_asyncio.Task", "_asyncio.Future"];

/// `origin[index]` when `origin` is a generic built-in class.
pub fn subscript(origin: &'static str, index: &Value) -> Option<Value> {
    if !GENERIC.contains(&origin) {
        return None;
    }
    let args = match index {
        Value::Tuple(t) => t.to_vec(),
        other => vec![other.clone()],
    };
    Some(Value::Native(Rc::new(GenericAlias { origin, args })))
}

/// The class an alias calls (`list[int]()` makes a list).
pub fn origin_of(n: &Rc<dyn NativeObject>) -> Option<Value> {
    downcast::<GenericAlias>(n).map(|g| Value::Type(g.origin))
}

/// How an argument shows between the brackets.
fn arg_text(v: &Value) -> String {
    match v {
        Value::Type(t) => t.to_string(),
        Value::Class(c) => format!("__main__.{}", c.qualname),
        Value::List(items) => format!("[{}]", items.borrow().iter().map(arg_text).collect::<Vec<_>>().join(", ")),
        other if other.type_name() == "ellipsis" => "...".to_string(),
        other => match other.repr() {
            r if r.starts_with("<class '") => r.trim_start_matches("<class '").trim_end_matches("'>").to_string(),
            r => r,
        },
    }
}

impl NativeObject for GenericAlias {
    fn type_name(&self) -> &'static str {
        "GenericAlias"
    }
    fn class_name(&self) -> &'static str {
        "types.GenericAlias"
    }
    fn repr(&self) -> String {
        let args = if self.args.is_empty() { "()".to_string() } else { self.args.iter().map(arg_text).collect::<Vec<_>>().join(", ") };
        format!("{}[{args}]", self.origin)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

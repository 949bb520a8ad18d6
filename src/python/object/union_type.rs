//! `int | None`: the `types.UnionType` that `|` between classes makes
//! (PEP 604), as annotations in class bodies and modules evaluate it.

use std::any::Any;
use std::rc::Rc;

use super::native::{NativeObject, downcast};
use super::value::Value;

/// A union of types, members in order without repeats.
pub struct UnionType(Vec<Value>);

/// Whether `v` may take part in a type union (a class, a type, a typing
/// form or another union; None only beside one of those).
fn is_type_like(v: &Value) -> bool {
    match v {
        Value::Type(_) | Value::Class(_) => true,
        Value::Native(n) => matches!(n.type_name(), "_GenericAlias" | "GenericAlias" | "UnionType"),
        _ => false,
    }
}

/// `a | b` when both are types (or one is None): the union; None when this
/// is not a union of types.
pub fn union(a: &Value, b: &Value) -> Option<Value> {
    let ok = |v: &Value| is_type_like(v) || matches!(v, Value::None);
    if !(ok(a) && ok(b) && (is_type_like(a) || is_type_like(b))) {
        return None;
    }
    let mut members: Vec<Value> = Vec::new();
    for v in [a, b] {
        let parts = match v {
            Value::Native(n) if let Some(u) = downcast::<UnionType>(n) => u.0.clone(),
            other => vec![other.clone()],
        };
        for p in parts {
            if !members.iter().any(|m| shown(m) == shown(&p)) {
                members.push(p);
            }
        }
    }
    Some(Value::Native(Rc::new(UnionType(members))))
}

/// The members of a union (`isinstance(x, int | None)` tries each).
pub fn members(n: &Rc<dyn NativeObject>) -> Option<Vec<Value>> {
    let members = downcast::<UnionType>(n)?.0.iter();
    Some(members.map(|m| if matches!(m, Value::None) { Value::Type("NoneType") } else { m.clone() }).collect())
}

/// How a member shows inside the union's repr.
fn shown(v: &Value) -> String {
    match v {
        Value::None | Value::Type("NoneType") => "None".to_string(),
        Value::Type(t) => t.to_string(),
        Value::Class(c) => format!("__main__.{}", c.qualname),
        other => other.repr(),
    }
}

impl NativeObject for UnionType {
    fn type_name(&self) -> &'static str {
        "UnionType"
    }
    fn class_name(&self) -> &'static str {
        "types.UnionType"
    }
    fn repr(&self) -> String {
        self.0.iter().map(shown).collect::<Vec<_>>().join(" | ")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

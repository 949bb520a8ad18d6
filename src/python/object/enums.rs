//! Enum classes as data: what `enum.py`'s `EnumType` keeps on an enum class
//! (`_member_names_`, `_member_map_`, `_value2member_map_`, `_member_type_`)
//! read back without running Python. looplab has no metaclasses; a class is
//! an enum when it (or a base) carries `_member_map_`, and the VM gives such
//! classes `EnumType`'s behaviour (iteration, `len`, `State(1)`,
//! `State['X']`, `in`, their repr) from these attributes.

use std::rc::Rc;

use super::classes::{ClassObj, Instance};
use super::value::{Key, Value};

/// Whether `class` is an enum class (`Enum` itself or one derived from it).
pub fn is_enum(class: &ClassObj) -> bool {
    matches!(class.lookup("_member_map_"), Some(Value::Dict(_)))
}

/// The members of an enum class in definition order (aliases left out), or
/// `None` when `class` is not an enum.
pub fn members(class: &ClassObj) -> Option<Vec<Value>> {
    if !is_enum(class) {
        return None;
    }
    let (Some(Value::List(names)), Some(Value::Dict(map))) = (class.lookup("_member_names_"), class.lookup("_member_map_")) else {
        return Some(Vec::new());
    };
    let map = map.borrow();
    let names = names.borrow();
    Some(names.iter().filter_map(|n| map.get(&Key(n.clone())).cloned()).collect())
}

/// The member (or alias) called `name`, if `class` is an enum that has one.
pub fn member_named(class: &ClassObj, name: &str) -> Option<Value> {
    match class.attrs.borrow().get("_member_map_") {
        Some(Value::Dict(map)) => map.borrow().get(&Key(Value::str(name))).cloned(),
        _ => None,
    }
}

/// The built-in type an enum's members also are (`int` for an IntEnum,
/// `str` for a StrEnum); `None` for a plain Enum or a non-enum class.
pub fn member_type(class: &ClassObj) -> Option<&'static str> {
    match class.lookup("_member_type_") {
        Some(Value::Type(t)) if t != "object" => Some(t),
        _ => None,
    }
}

/// The enum member behind `v`: its instance, if `v` is one.
pub fn as_member(v: &Value) -> Option<&Rc<Instance>> {
    match v {
        Value::Instance(inst) if inst.get("_name_").is_some() && is_enum(&inst.class) => Some(inst),
        _ => None,
    }
}

/// The value an IntEnum or StrEnum member stands for in arithmetic,
/// comparisons and the built-in type's methods (`None` for anything else,
/// a plain Enum member included).
pub fn mixed_value(v: &Value) -> Option<Value> {
    let inst = as_member(v)?;
    member_type(&inst.class)?;
    inst.get("_value_")
}

/// Whether `class` derives from enum.py's class `base`.
fn derives_from(class: &ClassObj, base: &str) -> bool {
    class.mro.iter().any(|c| match c {
        Value::Class(c) => &*c.name == base && matches!(c.attrs.borrow().get("__module__"), Some(Value::Str(m)) if &**m == "enum"),
        _ => false,
    })
}

/// Whether the enum derives from `ReprEnum` (IntEnum, StrEnum, IntFlag): its
/// members' str and format are their value's, not `State.PENDING`.
pub fn is_repr_enum(class: &ClassObj) -> bool {
    derives_from(class, "ReprEnum")
}

/// Whether the enum is a `Flag` (or `IntFlag`).
pub fn is_flag(class: &ClassObj) -> bool {
    derives_from(class, "Flag")
}

/// `class Status(str, Enum)`: looplab cannot derive from `str` or `int`, so
/// an enum's built-in base is dropped from `bases` and kept as the
/// `_member_type_` its members compute as (CPython's data type mix-in).
pub fn mixin_bases(bases: Vec<Value>, namespace: &mut super::classes::ClassDict) -> Vec<Value> {
    let enum_base = bases.iter().any(|b| matches!(b, Value::Class(c) if is_enum(c)));
    let mixed = bases.iter().find_map(|b| match b {
        Value::Type(t @ ("int" | "str")) => Some(*t),
        _ => None,
    });
    match mixed {
        Some(t) if enum_base => {
            namespace.insert(Rc::from("_member_type_"), Value::Type(t));
            bases.into_iter().filter(|b| !matches!(b, Value::Type(_))).collect()
        }
        _ => bases,
    }
}

/// `repr(cls)` of an enum class: `<enum 'State'>`.
pub fn class_repr(class: &ClassObj) -> Option<String> {
    let kind = if is_flag(class) { "flag" } else { "enum" };
    is_enum(class).then(|| format!("<{kind} '{}'>", class.name))
}

//! What `enum.py`'s `EnumType` and `Enum` do when a program uses an enum
//! class or member: `State(1)`, `State['X']`, iteration, `len`, `in`,
//! `__members__`, the members' `name` / `value`, repr, str and format, and
//! the guards against reassigning or deleting members. Errors carry
//! enum.py's frames as CPython 3.11 shows them. (Members are made when the
//! class is, by the library's `enum` module.)

use std::rc::Rc;

use crate::python::object::classes::{ClassObj, Instance};
use crate::python::object::enums::{as_member, is_enum, is_repr_enum, member_named, members, mixed_value};
use crate::python::object::errors::{ExcObj, Res, type_error};
use crate::python::object::traceback::TbEntry;
use crate::python::object::value::Value;
use super::library::Kwargs;
use super::machine::Vm;

/// enum.py's frame at `line`, marking `marked` (columns) with `^`, and
/// `anchor` (columns) with `^` between `~` when given.
fn frame(line: u32, func: &str, text: &'static str, marked: Option<(u32, u32)>, anchor: Option<(u32, u32)>) -> TbEntry {
    let mut entry = TbEntry::library("enum.py", line, func, text, marked);
    entry.span.anchor = anchor;
    entry
}

/// An exception raised inside enum.py, with its frames innermost first.
fn raised(kind: &'static str, message: String, frames: Vec<TbEntry>) -> Rc<ExcObj> {
    let e = ExcObj::msg(kind, message);
    e.traceback.borrow_mut().extend(frames);
    e
}

/// The enum class `v` is, if it is one.
pub fn enum_class(v: &Value) -> Option<&Rc<ClassObj>> {
    match v {
        Value::Class(c) if is_enum(c) => Some(c),
        _ => None,
    }
}

/// `iter(State)`: the members in definition order.
pub fn iterate(class: &ClassObj) -> Option<Value> {
    members(class).map(Value::tuple)
}

/// `len(State)`: how many members (aliases not counted).
pub fn len(class: &ClassObj) -> Option<i64> {
    members(class).map(|m| m.len() as i64)
}

/// What 3.11 warns before `x in State` raises for a non-member `x`.
pub const CONTAINS_WARNING: &str = "in 3.12 __contains__ will no longer raise TypeError, but will return True or\n\
     False depending on whether the value is a member or the value of a member";

/// Whether `item in container` is the 3.11 enum test that warns.
pub fn contains_warns(container: &Value, item: &Value) -> bool {
    enum_class(container).is_some() && as_member(item).is_none()
}

/// `x in State`: only members may be asked about in 3.11.
pub fn contains(class: &Rc<ClassObj>, item: &Value) -> Res<bool> {
    if let Some(inst) = as_member(item) {
        let name = inst.get("_name_").unwrap_or(Value::None).to_str();
        return Ok(inst.class.is_subclass_of(class) && member_named(class, &name).is_some());
    }
    let kind = super::dunder::type_name(item);
    Err(raised(
        "TypeError",
        format!("unsupported operand type(s) for 'in': '{kind}' and 'EnumType'"),
        vec![frame(740, "__contains__", "raise TypeError(", None, None)],
    ))
}

/// `State['NAME']`: the member (or alias) of that name, else KeyError.
pub fn get_item(class: &ClassObj, name: &Value) -> Res<Value> {
    if let Value::Str(s) = name
        && let Some(m) = member_named(class, s)
    {
        return Ok(m);
    }
    let e = super::keys::key_error(name);
    e.traceback.borrow_mut().push(frame(790, "__getitem__", "return cls._member_map_[name]", Some((7, 29)), Some((23, 29))));
    Err(e)
}

/// `State(value)`: the member with that value (a member passes through),
/// else the class's `_missing_`, else ValueError.
pub fn call(vm: &mut Vm, class: &Rc<ClassObj>, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    if !kwargs.is_empty() || args.len() > 1 {
        return super::enum_api::create(vm, class, args, kwargs);
    }
    let Some(value) = args.into_iter().next() else {
        return type_error("EnumType.__call__() missing 1 required positional argument: 'value'");
    };
    let frames = || {
        vec![
            frame(1135, "__new__", "raise ve_exc", None, None),
            frame(712, "__call__", "return cls.__new__(cls, value)", Some((7, 30)), None),
        ]
    };
    if let Some(inst) = as_member(&value)
        && Rc::ptr_eq(&inst.class, class)
    {
        return Ok(value);
    }
    if let Some(found) = by_value(vm, class, &value)? {
        return Ok(found);
    }
    if crate::python::object::enums::is_flag(class) {
        return super::flags::composite(vm, class, &value);
    }
    if let Some(missing) = class.lookup("_missing_").filter(|m| matches!(m, Value::Native(_) | Value::Function(_))) {
        let hook = crate::python::object::classes::get_attr(&Value::Class(class.clone()), "_missing_");
        let result = match hook {
            Some(bound) => vm.call(&bound?, vec![value.clone()], Vec::new())?,
            None => vm.call(&missing, vec![value.clone()], Vec::new())?,
        };
        if let Some(inst) = as_member(&result)
            && inst.class.is_subclass_of(class)
        {
            return Ok(result);
        }
        if !matches!(result, Value::None) {
            let shown = super::instances::display(vm, &result, true)?;
            return Err(raised(
                "TypeError",
                format!("error in {}._missing_: returned {shown} instead of None or a valid member", class.name),
                frames(),
            ));
        }
    }
    let shown = super::instances::display(vm, &value, true)?;
    Err(raised("ValueError", format!("{shown} is not a valid {}", class.qualname), frames()))
}

/// The member whose value equals `value`, if any.
fn by_value(vm: &mut Vm, class: &ClassObj, value: &Value) -> Res<Option<Value>> {
    if let Some(Value::Dict(map)) = class.lookup("_value2member_map_")
        && let Ok(Some(found)) = super::keys::dict_get(vm, &map, value)
    {
        return Ok(Some(found));
    }
    for m in members(class).unwrap_or_default() {
        if let Some(inst) = as_member(&m)
            && let Some(v) = inst.get("_value_")
            && super::compare::equal(vm, &v, value)?
        {
            return Ok(Some(m));
        }
    }
    Ok(None)
}

/// `State.__members__`: name → member, aliases included.
pub fn members_mapping(class: &ClassObj) -> Option<Value> {
    match class.lookup("_member_map_") {
        Some(Value::Dict(map)) if is_enum(class) => Some(Value::Dict(Rc::new(std::cell::RefCell::new(map.borrow().clone())))),
        _ => None,
    }
}

/// `member.name` / `member.value`, and for an IntEnum or StrEnum member the
/// attributes of the int or str it also is; `None` when `obj` is no member.
pub fn member_attr(vm: &mut Vm, obj: &Value, name: &str) -> Option<Res<Value>> {
    let inst = as_member(obj)?;
    match name {
        "name" => return inst.get("_name_").map(Ok),
        "value" => return inst.get("_value_").map(Ok),
        _ => {}
    }
    let value = mixed_value(obj)?;
    let lib = vm.lib;
    Some(lib.get_attr(vm, &value, name))
}

/// Refuses `State.PENDING = …` and `member.value = …` as enum.py does.
pub fn guard_store(obj: &Value, name: &str) -> Res<()> {
    if let Some(class) = enum_class(obj)
        && member_named(class, name).is_some()
    {
        return Err(raised(
            "AttributeError",
            format!("cannot reassign member {}", Value::str(name).repr()),
            vec![frame(836, "__setattr__", "raise AttributeError('cannot reassign member %r' % (name, ))", None, None)],
        ));
    }
    if as_member(obj).is_some() && matches!(name, "name" | "value") {
        return Err(raised(
            "AttributeError",
            format!("<enum 'Enum'> cannot set attribute '{name}'"),
            vec![frame(215, "__set__", "raise AttributeError(", None, None)],
        ));
    }
    Ok(())
}

/// Refuses `del State.PENDING` as enum.py does.
pub fn guard_delete(obj: &Value, name: &str) -> Res<()> {
    if let Some(class) = enum_class(obj)
        && member_named(class, name).is_some()
    {
        return Err(raised(
            "AttributeError",
            format!("'{}' cannot delete member {}.", class.name, Value::str(name).repr()),
            vec![frame(749, "__delattr__", "raise AttributeError(\"%r cannot delete member %r.\" % (cls.__name__, attr))", None, None)],
        ));
    }
    Ok(())
}

/// `repr(member)` / `str(member)` when the class does not define its own:
/// `<State.PENDING: 1>` and `State.PENDING`; an IntEnum or StrEnum member's
/// str is its value's.
pub fn display(vm: &mut Vm, inst: &Instance, repr: bool) -> Res<String> {
    let value = inst.get("_value_").unwrap_or(Value::None);
    let class = &inst.class.name;
    // A composite flag of no members (`Perm(0)`) has no name.
    let name = match inst.get("_name_") {
        Some(Value::None) | None => None,
        Some(n) => Some(n.to_str()),
    };
    if repr {
        let shown = super::instances::display(vm, &value, true)?;
        return Ok(match name {
            Some(name) => format!("<{class}.{name}: {shown}>"),
            None => format!("<{class}: {shown}>"),
        });
    }
    if is_repr_enum(&inst.class) {
        return super::instances::display(vm, &value, false);
    }
    Ok(match name {
        Some(name) => format!("{class}.{name}"),
        None => format!("{class}({})", super::instances::display(vm, &value, true)?),
    })
}

/// `format(member, spec)` when the class does not define `__format__`: the
/// str formatted as a str, or for an IntEnum / StrEnum the value formatted.
pub fn format(vm: &mut Vm, v: &Value, spec: &str) -> Option<Res<String>> {
    let inst = as_member(v)?;
    if let Some(value) = mixed_value(v).filter(|_| is_repr_enum(&inst.class)) {
        return Some(super::instances::format(vm, &value, spec));
    }
    Some(super::instances::display(vm, v, false).and_then(|s| super::instances::format(vm, &Value::str(&s), spec)))
}

/// The hash an enum member has as a dict key or set member: an IntEnum's
/// is its int's (so sets of them iterate as CPython's do); others hash by
/// identity here (CPython hashes the name, which is salted per process).
pub fn member_hash(v: &Value) -> Option<i64> {
    match mixed_value(v)? {
        Value::Int(i) => Some(crate::python::object::set_order::int_hash(i)),
        Value::Bool(b) => Some(b as i64),
        _ => None,
    }
}

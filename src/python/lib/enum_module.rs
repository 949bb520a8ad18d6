//! The `enum` module: `Enum`, `IntEnum`, `StrEnum` (and `ReprEnum`) as
//! classes a program derives from, `auto()`, `@unique`. looplab has no
//! metaclasses: the base classes carry `EnumType`'s attributes
//! (`_member_map_`…), members are made when a class deriving from them is
//! ([`class_created`], as `EnumType.__new__` makes them), and the VM gives
//! enum classes and members their behaviour (`crate::python::vm::enums`).

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use crate::python::object::classes::{ClassDict, ClassObj, Instance, make_class};
use crate::python::object::descriptors::{Descriptor, descriptor};
use crate::python::object::enums::{as_member, is_enum, is_flag, member_type, members};
use crate::python::object::errors::{ExcObj, Res, exc, type_error};
use crate::python::object::native::{NativeObject, downcast};
use crate::python::object::traceback::TbEntry;
use crate::python::object::value::{Key, Value};
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

/// The base classes enum.py defines, with the type their members also are.
const BASES: &[(&str, &[&str], &str)] = &[
    ("Enum", &[], "object"),
    ("ReprEnum", &["Enum"], "object"),
    ("IntEnum", &["ReprEnum"], "int"),
    ("StrEnum", &["ReprEnum"], "str"),
    ("Flag", &["Enum"], "object"),
    ("IntFlag", &["ReprEnum", "Flag"], "int"),
];

/// Names of enum.py that looplab does not provide: refused, not missing.
const UNSUPPORTED: &[&str] = &[
    "EnumType", "EnumMeta", "EnumCheck", "FlagBoundary", "member", "nonmember", "global_enum", "verify", "property",
    "show_flag_values", "CONTINUOUS", "NAMED_FLAGS", "UNIQUE", "STRICT", "CONFORM", "EJECT", "KEEP",
];

/// The run's enum base classes, made the first time the module is used
/// (one class object per run, so `isinstance` and `is` see the same one).
#[derive(Default)]
pub struct EnumState {
    classes: Vec<(&'static str, Value)>,
    /// The enum class bodies running now, with their bases.
    bodies: Vec<(std::rc::Weak<RefCell<ClassDict>>, Vec<Value>)>,
}

/// A class body is about to run: remembers its bases if one is an enum.
pub fn class_body(vm: &mut Vm, namespace: &Rc<RefCell<ClassDict>>, bases: &[Value]) {
    if !bases.iter().any(|b| matches!(b, Value::Class(c) if is_enum(c))) {
        return;
    }
    let state = vm.ext.get_mut::<EnumState>();
    state.bodies.retain(|(body, _)| body.strong_count() > 0);
    state.bodies.push((Rc::downgrade(namespace), bases.to_vec()));
}

/// `NAME = auto()` in an enum's body: the value, made at once as enum.py's
/// `_EnumDict` makes it (so `WHITE = RED | BLUE` in the body sees ints).
pub fn class_body_store(vm: &mut Vm, namespace: &Rc<RefCell<ClassDict>>, name: &str, value: Value) -> Res<Value> {
    if !matches!(&value, Value::Native(n) if downcast::<Auto>(n).is_some()) {
        return Ok(value);
    }
    let bodies = &vm.ext.get_mut::<EnumState>().bodies;
    let found = bodies.iter().find(|(body, _)| body.upgrade().is_some_and(|b| Rc::ptr_eq(&b, namespace)));
    let Some(bases) = found.map(|(_, bases)| bases.clone()) else {
        return Ok(value);
    };
    let so_far = namespace.borrow().clone();
    let last: Vec<Value> = so_far.iter().filter(|(k, v)| !reserved("", k) && !is_descriptor(v)).map(|(_, v)| v.clone()).collect();
    // The class as it would be now, to find its `_generate_next_value_`.
    let Value::Class(partial) = make_class(Rc::from(name), Rc::from(name), bases, so_far)? else {
        return Ok(value);
    };
    next_value(vm, &partial, name, last.len(), &last)
}

fn base_class(vm: &mut Vm, name: &str) -> Option<Value> {
    let state = vm.ext.get_mut::<EnumState>();
    if state.classes.is_empty() {
        for (n, parents, mixed) in BASES {
            let bases: Vec<Value> =
                parents.iter().filter_map(|p| state.classes.iter().find(|(c, _)| c == p)).map(|(_, c)| c.clone()).collect();
            let mut ns = ClassDict::default();
            ns.insert(Rc::from("__module__"), Value::str("enum"));
            ns.insert(Rc::from("_member_names_"), Value::list(Vec::new()));
            ns.insert(Rc::from("_member_map_"), Value::Dict(Rc::default()));
            ns.insert(Rc::from("_value2member_map_"), Value::Dict(Rc::default()));
            ns.insert(Rc::from("_member_type_"), Value::Type(mixed));
            let class = make_class(Rc::from(*n), Rc::from(*n), bases, ns).ok()?;
            state.classes.push((n, class));
        }
    }
    state.classes.iter().find(|(c, _)| *c == name).map(|(_, c)| c.clone())
}

/// `enum.name`.
pub fn attr(vm: &mut Vm, name: &str) -> Res<Value> {
    if let Some(c) = base_class(vm, name) {
        return Ok(c);
    }
    match name {
        "auto" => Ok(Value::Builtin("enum.auto")),
        "unique" => Ok(Value::Builtin("enum.unique")),
        n if UNSUPPORTED.contains(&n) => Err(exc("NotImplementedError", format!("looplab does not support enum.{n} yet"))),
        n => Err(exc("AttributeError", format!("module 'enum' has no attribute '{n}'"))),
    }
}

/// `enum.func(*args)`.
pub fn call(vm: &mut Vm, func: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    super::natives::check_kwargs(func, &kwargs, &[])?;
    match func {
        "auto" if args.is_empty() => Ok(Value::Native(Rc::new(Auto))),
        "auto" => type_error(format!("auto() takes no arguments ({} given)", args.len())),
        "unique" => match args.as_slice() {
            [class] => unique(vm, class),
            _ => type_error(format!("unique() takes 1 positional argument but {} were given", args.len())),
        },
        _ => Err(exc("AttributeError", format!("module 'enum' has no attribute '{func}'"))),
    }
}

/// `auto()`: stands for the value `_generate_next_value_` gives the member.
pub struct Auto;

impl NativeObject for Auto {
    fn type_name(&self) -> &'static str {
        "auto"
    }
    fn class_name(&self) -> &'static str {
        "enum.auto"
    }
    fn repr(&self) -> String {
        "auto(_auto_null)".to_string()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `@unique`: ValueError naming every alias, as enum.py words it.
fn unique(vm: &mut Vm, class: &Value) -> Res<Value> {
    let Value::Class(c) = class else {
        return Err(exc("AttributeError", format!("'{}' object has no attribute '__members__'", class.type_name())));
    };
    let Some(Value::Dict(map)) = c.lookup("_member_map_") else {
        return Err(exc("AttributeError", format!("type object '{}' has no attribute '__members__'", c.name)));
    };
    let mut aliases = Vec::new();
    for (name, member) in map.borrow().iter() {
        let canonical = as_member(member).and_then(|m| m.get("_name_")).map(|n| n.to_str()).unwrap_or_default();
        let name = name.0.to_str();
        if name != canonical {
            aliases.push(format!("{name} -> {canonical}"));
        }
    }
    if aliases.is_empty() {
        return Ok(class.clone());
    }
    let shown = crate::python::vm::instances::display(vm, class, true)?;
    let e = ExcObj::msg("ValueError", format!("duplicate values found in {shown}: {}", aliases.join(", ")));
    e.traceback.borrow_mut().push(TbEntry::library(
        "enum.py",
        1571,
        "unique",
        "raise ValueError('duplicate values found in %r: %s' %",
        None,
    ));
    Err(e)
}

/// enum.py's frame at `line` (no marks).
fn frame(line: u32, func: &str, text: &'static str) -> TbEntry {
    TbEntry::library("enum.py", line, func, text, None)
}

/// Refuses what `EnumType.__new__` would do that looplab cannot: extending
/// an enum that has members (CPython's TypeError), a custom `__new__`.
fn check_class(c: &Rc<ClassObj>) -> Res<()> {
    for base in &c.mro {
        if let Value::Class(b) = base
            && is_enum(b)
            && !members(b).unwrap_or_default().is_empty()
        {
            let e = ExcObj::msg("TypeError", format!("<enum '{}'> cannot extend <enum '{}'>", c.name, b.name));
            e.traceback.borrow_mut().extend([
                frame(936, "_check_for_existing_members_", "raise TypeError("),
                frame(485, "__prepare__", "metacls._check_for_existing_members_(cls, bases)"),
            ]);
            return Err(e);
        }
    }
    if c.attrs.borrow().contains_key("__new__") {
        return Err(exc("NotImplementedError", "looplab does not support __new__ in an enum class yet"));
    }
    Ok(())
}

/// Whether `name` names no member: a dunder, a sunder, or a private name.
fn reserved(class: &str, name: &str) -> bool {
    let b = name.as_bytes();
    let n = b.len();
    let dunder = n > 4 && name.starts_with("__") && name.ends_with("__") && b[2] != b'_' && b[n - 3] != b'_';
    let sunder = n > 2 && b[0] == b'_' && b[n - 1] == b'_' && b[1] != b'_' && b[n - 2] != b'_';
    let private = name.starts_with(&format!("_{}__", class.trim_start_matches('_')));
    dunder || sunder || private
}

/// Whether a class body value is a descriptor (a method, a property…), which
/// never becomes a member.
fn is_descriptor(v: &Value) -> bool {
    match v {
        Value::Function(_) => true,
        Value::Native(_) => !matches!(descriptor(v), Descriptor::Plain),
        Value::Instance(i) => ["__get__", "__set__", "__delete__"].iter().any(|m| i.class.lookup(m).is_some()),
        _ => false,
    }
}

/// The class's `_generate_next_value_`, if the program defined one.
fn user_generator(c: &ClassObj) -> Option<Value> {
    let found = c.lookup("_generate_next_value_")?;
    Some(match descriptor(&found) {
        Descriptor::StaticMethod(f) => f.clone(),
        _ => found,
    })
}

/// enum.py's default `_generate_next_value_`: the last value plus one
/// (StrEnum: the name lower-cased).
fn next_value(vm: &mut Vm, c: &ClassObj, name: &str, count: usize, last: &[Value]) -> Res<Value> {
    if let Some(f) = user_generator(c) {
        let args = vec![Value::str(name), Value::Int(1), Value::Int(count as i64), Value::list(last.to_vec())];
        return vm.call(&f, args, Vec::new());
    }
    if member_type(c) == Some("str") {
        return Ok(Value::str(&name.to_lowercase()));
    }
    if is_flag(c) {
        // Flag's: the next power of two above the highest value so far.
        let high = last.iter().filter_map(|v| if let Value::Int(i) = v { Some(*i) } else { None }).max();
        return Ok(Value::Int(high.map_or(1, |h| 1i64 << (64 - h.leading_zeros()))));
    }
    for v in last.iter().rev() {
        if matches!(v, Value::Int(_) | Value::Big(_) | Value::Bool(_)) {
            return crate::python::vm::ops::binary(vm, crate::python::object::code::BinOp::Add, v.clone(), Value::Int(1), false);
        }
    }
    Ok(Value::Int(1))
}

/// Checks a member's value against the type its members also are.
fn check_value(c: &ClassObj, value: &Value) -> Res<()> {
    if is_flag(c) && !matches!(value, Value::Int(i) if *i >= 0 && *i < 1 << 62) {
        return Err(exc("NotImplementedError", format!("looplab supports only small ints as flag values, not {}", value.repr())));
    }
    match (member_type(c), value) {
        (Some("str"), Value::Str(_)) | (Some("int"), Value::Int(_) | Value::Big(_) | Value::Bool(_)) | (None, _) => Ok(()),
        (Some("str"), other) => type_error(format!("{} is not a string", other.repr())),
        (Some(t), other) => Err(exc(
            "NotImplementedError",
            format!("looplab does not support a {} value in an enum of {t} yet", other.type_name()),
        )),
    }
}

/// The members being made: names in order, name → member, value → member.
struct Made {
    names: Vec<Value>,
    map: Rc<RefCell<crate::python::object::value::DictMap>>,
    by_value: Rc<RefCell<crate::python::object::value::DictMap>>,
    canonical: Vec<Value>,
}

/// Makes one member (or an alias of an earlier one) as enum.py's
/// `_proto_member.__set_name__` does.
fn make_member(vm: &mut Vm, c: &Rc<ClassObj>, made: &mut Made, name: &Rc<str>, value: Value) -> Res<()> {
    check_value(c, &value)?;
    let inst = Rc::new(Instance::new(c.clone()));
    inst.set("_value_", value.clone());
    inst.set("_name_", Value::Str(name.clone()));
    inst.set("__objclass__", Value::Class(c.clone()));
    let member = Value::Instance(inst.clone());
    if let Some(init @ Value::Function(_)) = c.lookup("__init__") {
        let mut args = vec![member.clone()];
        match &value {
            Value::Tuple(items) => args.extend(items.iter().cloned()),
            v => args.push(v.clone()),
        }
        vm.call(&init, args, Vec::new())?;
    }
    let value = inst.get("_value_").unwrap_or(value);
    let mut existing = None;
    for m in &made.canonical {
        let v = as_member(m).and_then(|i| i.get("_value_")).unwrap_or(Value::None);
        if crate::python::vm::compare::equal(vm, &v, &value)? {
            existing = Some(m.clone());
            break;
        }
    }
    let member = match existing {
        Some(m) => m,
        None => {
            inst.set("_sort_order_", Value::Int(made.names.len() as i64));
            // A flag iterates over its single-bit members only.
            if !is_flag(c) || matches!(value, Value::Int(i) if i.count_ones() == 1) {
                made.names.push(Value::Str(name.clone()));
            }
            made.canonical.push(member.clone());
            if let Ok(key) = crate::python::vm::keys::make_key(vm, value) {
                made.by_value.borrow_mut().entry(key).or_insert(member.clone());
            }
            member
        }
    };
    made.map.borrow_mut().insert(Key(Value::Str(name.clone())), member.clone());
    c.attrs.borrow_mut().insert(name.clone(), member);
    Ok(())
}

/// A flag class's bits, as `EnumType.__new__` keeps them for `Flag`:
/// `_flag_mask_` (every member's bits), `_singles_mask_` (the single-bit
/// members'), `_all_bits_` (all ones up to the highest bit).
fn set_flag_masks(c: &ClassObj, canonical: &[Value]) {
    let values: Vec<i64> = canonical
        .iter()
        .filter_map(|m| match as_member(m)?.get("_value_")? {
            Value::Int(i) => Some(i),
            _ => None,
        })
        .collect();
    let singles = values.iter().filter(|v| v.count_ones() == 1).fold(0, |a, v| a | v);
    let flag_mask = values.iter().fold(0, |a, v| a | v);
    let all_bits = (1i64 << (64 - flag_mask.leading_zeros())) - 1;
    let mut attrs = c.attrs.borrow_mut();
    attrs.insert(Rc::from("_flag_mask_"), Value::Int(flag_mask));
    attrs.insert(Rc::from("_singles_mask_"), Value::Int(singles));
    attrs.insert(Rc::from("_all_bits_"), Value::Int(all_bits));
}

/// After a class statement made `class`: if it is an enum, makes its
/// members from the body's plain values, as `EnumType.__new__` does.
pub fn class_created(vm: &mut Vm, class: &Value) -> Res<()> {
    let Value::Class(c) = class else { return Ok(()) };
    if !is_enum(c) {
        return Ok(());
    }
    check_class(c)?;
    let body: Vec<(Rc<str>, Value)> = c.attrs.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    let mut made = Made { names: Vec::new(), map: Rc::default(), by_value: Rc::default(), canonical: Vec::new() };
    let mut last_values = Vec::new();
    for (name, value) in body {
        if reserved(&c.name, &name) || is_descriptor(&value) {
            continue;
        }
        let value = match &value {
            Value::Native(n) if downcast::<Auto>(n).is_some() => {
                next_value(vm, c, &name, last_values.len(), &last_values)?
            }
            _ => value,
        };
        last_values.push(value.clone());
        make_member(vm, c, &mut made, &name, value)?;
    }
    if is_flag(c) {
        set_flag_masks(c, &made.canonical);
    }
    let mut attrs = c.attrs.borrow_mut();
    attrs.insert(Rc::from("_member_names_"), Value::list(made.names));
    attrs.insert(Rc::from("_member_map_"), Value::Dict(made.map));
    attrs.insert(Rc::from("_value2member_map_"), Value::Dict(made.by_value));
    Ok(())
}

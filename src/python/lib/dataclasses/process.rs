//! dataclasses.py's `_process_class`: the fields of a class (its bases'
//! then its own annotations, in order), the checks it makes, and the
//! methods it adds.

use std::cell::RefCell;
use std::rc::Rc;

use indexmap::IndexMap;

use super::Options;
use super::field::{FieldData, FieldObj, Kind, as_field, is_initvar, is_missing, is_sentinel, names_form, plain};
use super::methods::{Spec, cmp_fn, frozen_fns, hash_fn, init_fn, repr_fn};
use crate::python::object::classes::ClassObj;
use crate::python::object::errors::{Res, exc};
use crate::python::object::value::{DictMap, Key, Value};
use crate::python::vm::machine::Vm;

/// Turns `cls` into a dataclass (a new class when `slots=True`).
pub fn process_class(vm: &mut Vm, cls: &Rc<ClassObj>, o: Options) -> Res<Value> {
    let mut fields: IndexMap<Rc<str>, Value> = IndexMap::new();
    let (mut has_bases, mut any_frozen_base) = (false, false);
    for b in cls.mro.iter().rev() {
        if let Value::Class(b) = b
            && let Some(base_fields) = super::class_fields(b)
        {
            has_bases = true;
            for f in base_fields {
                if let Some(fo) = as_field(&f) {
                    fields.insert(fo.name(), f.clone());
                }
            }
            any_frozen_base |= matches!(b.lookup("__dataclass_params__"), Some(Value::Native(n)) if n.repr().contains("frozen=True"));
        }
    }
    let annotations: Vec<(Value, Value)> = match cls.attrs.borrow().get("__annotations__") {
        Some(Value::Dict(d)) => d.borrow().iter().map(|(k, v)| (k.0.clone(), v.clone())).collect(),
        _ => Vec::new(),
    };
    let mut kw_only = o.kw_only;
    let mut kw_only_seen = false;
    let mut own = Vec::new();
    for (name, ty) in &annotations {
        let Value::Str(name) = name else { continue };
        if is_sentinel(ty, "_KW_ONLY_TYPE") || matches!(ty, Value::Str(s) if names_form(s, "KW_ONLY", "dataclasses")) {
            if kw_only_seen {
                return Err(exc("TypeError", format!("'{name}' is KW_ONLY, but KW_ONLY has already been specified")));
            }
            kw_only_seen = true;
            kw_only = true;
        } else {
            own.push(get_field(cls, name, ty, kw_only)?);
        }
    }
    for f in &own {
        let name = as_field(f).map(|f| f.name()).unwrap_or_else(|| Rc::from(""));
        fields.insert(name.clone(), f.clone());
        if cls.lookup(&name).is_some_and(|v| as_field(&v).is_some()) {
            let default = as_field(f).map(|f| f.0.borrow().default.clone()).unwrap_or(Value::None);
            let mut attrs = cls.attrs.borrow_mut();
            if is_missing(&default) {
                attrs.shift_remove(&*name);
            } else {
                attrs.insert(name, default);
            }
        }
    }
    let annotated = |n: &str| annotations.iter().any(|(k, _)| matches!(k, Value::Str(s) if &**s == n));
    if let Some((name, _)) = cls.attrs.borrow().iter().find(|(n, v)| as_field(v).is_some() && !annotated(n)) {
        return Err(exc("TypeError", format!("'{name}' is a field but has no type annotation")));
    }
    if has_bases && any_frozen_base && !o.frozen {
        return Err(exc("TypeError", "cannot inherit non-frozen dataclass from a frozen one"));
    }
    if has_bases && !any_frozen_base && o.frozen {
        return Err(exc("TypeError", "cannot inherit frozen dataclass from a non-frozen one"));
    }
    let mut dict = DictMap::default();
    for (k, v) in &fields {
        dict.insert(Key(Value::Str(k.clone())), v.clone());
    }
    set(cls, "__dataclass_fields__", Value::Dict(Rc::new(RefCell::new(dict))));
    set(cls, "__dataclass_params__", super::convert::params(o));
    add_methods(vm, cls, o, &fields)?;
    if o.slots {
        return add_slots(vm, cls, &fields);
    }
    Ok(Value::Class(cls.clone()))
}

/// `_add_slots`: the class made again with `__slots__` naming its fields
/// (less those a base's slots hold), their defaults left to `__init__`.
fn add_slots(vm: &mut Vm, cls: &Rc<ClassObj>, fields: &IndexMap<Rc<str>, Value>) -> Res<Value> {
    let mut namespace = cls.attrs.borrow().clone();
    let inherited: Vec<Rc<str>> = cls.mro.iter().filter_map(|c| match c {
        Value::Class(c) => c.slots.clone(),
        _ => None,
    }).flatten().collect();
    let names: Vec<&Rc<str>> = fields
        .iter()
        .filter(|(_, f)| as_field(f).is_some_and(|f| f.0.borrow().kind == Kind::Field))
        .map(|(n, _)| n)
        .collect();
    for n in &names {
        namespace.shift_remove(&***n);
    }
    let slots = names.iter().filter(|n| !inherited.contains(n)).map(|n| Value::Str((*n).clone())).collect();
    namespace.insert(Rc::from("__slots__"), Value::Tuple(Rc::new(slots)));
    let class = crate::python::object::classes::make_class(cls.name.clone(), cls.qualname.clone(), cls.bases.clone(), namespace)?;
    crate::python::vm::attributes::init_subclass(vm, &class, Vec::new())?;
    Ok(class)
}

fn set(cls: &ClassObj, name: &str, v: Value) {
    cls.attrs.borrow_mut().insert(Rc::from(name), v);
}

/// `_set_new_attribute`: true (and nothing set) when the class body defines it.
fn set_new(cls: &ClassObj, name: &str, v: Value) -> bool {
    if cls.attrs.borrow().contains_key(name) {
        return true;
    }
    set(cls, name, v);
    false
}

fn add_methods(vm: &mut Vm, cls: &Rc<ClassObj>, o: Options, fields: &IndexMap<Rc<str>, Value>) -> Res<()> {
    let class_hash = cls.attrs.borrow().get("__hash__").cloned();
    let has_explicit_hash =
        !(class_hash.is_none() || (matches!(class_hash, Some(Value::None)) && cls.attrs.borrow().contains_key("__eq__")));
    if o.order && !o.eq {
        return Err(exc("ValueError", "eq must be true if order is true"));
    }
    let specs: Vec<Spec> = fields
        .iter()
        .filter_map(|(n, f)| as_field(f).map(|f| (n.to_string(), f.0.borrow().clone())))
        .collect();
    let kw = |f: &FieldData| matches!(f.kw_only, Value::Bool(true));
    let init_fields: Vec<Spec> = specs.iter().filter(|(_, f)| f.kind != Kind::ClassVar).cloned().collect();
    let std: Vec<&Spec> = init_fields.iter().filter(|(_, f)| f.init && !kw(f)).collect();
    let kw_fields: Vec<&Spec> = init_fields.iter().filter(|(_, f)| f.init && kw(f)).collect();
    let q = cls.qualname.to_string();
    if o.init {
        let has_post_init = cls.lookup("__post_init__").is_some();
        let f = init_fn(vm, &q, &init_fields, &kw_fields, &std, o.frozen, has_post_init)?;
        set_new(cls, "__init__", f);
    }
    let field_list: Vec<&Spec> = specs.iter().filter(|(_, f)| f.kind == Kind::Field).collect();
    if o.repr {
        let shown: Vec<&Spec> = field_list.iter().copied().filter(|(_, f)| f.repr).collect();
        let f = repr_fn(vm, &q, &shown)?;
        set_new(cls, "__repr__", f);
    }
    let compared: Vec<&Spec> = field_list.iter().copied().filter(|(_, f)| f.compare).collect();
    if o.eq {
        let f = cmp_fn(vm, &q, "__eq__", "==", &compared)?;
        set_new(cls, "__eq__", f);
    }
    if o.order {
        for (name, op) in [("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")] {
            let f = cmp_fn(vm, &q, name, op, &compared)?;
            if set_new(cls, name, f) {
                return Err(exc(
                    "TypeError",
                    format!("Cannot overwrite attribute {name} in class {}. Consider using functools.total_ordering", cls.name),
                ));
            }
        }
    }
    if o.frozen {
        for (name, f) in frozen_fns(vm, &q, &Value::Class(cls.clone()), &field_list)? {
            if set_new(cls, name, f) {
                return Err(exc("TypeError", format!("Cannot overwrite attribute {name} in class {}", cls.name)));
            }
        }
    }
    match (o.unsafe_hash, o.eq, o.frozen, has_explicit_hash) {
        (true, _, _, true) => return Err(exc("TypeError", format!("Cannot overwrite attribute __hash__ in class {}", cls.name))),
        (true, _, _, false) | (false, true, true, false) => {
            let hashed: Vec<&Spec> = field_list
                .iter()
                .copied()
                .filter(|(_, f)| match f.hash {
                    Value::None => f.compare,
                    Value::Bool(b) => b,
                    _ => true,
                })
                .collect();
            let f = hash_fn(vm, &q, &hashed)?;
            set(cls, "__hash__", f);
        }
        (false, true, false, false) => set(cls, "__hash__", Value::None),
        _ => {}
    }
    if o.init && matches!(cls.attrs.borrow().get("__doc__"), None | Some(Value::None)) {
        set(cls, "__doc__", Value::str(&super::doc::doc(&cls.name, &std, &kw_fields)));
    }
    if o.match_args {
        let names: Vec<Value> = std.iter().map(|(n, _)| Value::str(n)).collect();
        set_new(cls, "__match_args__", Value::Tuple(Rc::new(names)));
    }
    Ok(())
}

/// `_get_field`: the field an annotation makes, with its kind and checks.
fn get_field(cls: &ClassObj, name: &Rc<str>, ty: &Value, kw_only: bool) -> Res<Value> {
    let default = cls.lookup(name);
    let field = match default.as_ref().filter(|d| as_field(d).is_some()) {
        Some(f) => f.clone(),
        None => Value::Native(Rc::new(FieldObj(RefCell::new(plain(default.unwrap_or_else(super::field::missing)))))),
    };
    let Some(fo) = as_field(&field) else { return Ok(field) };
    let mut f = fo.0.borrow_mut();
    f.name = Value::Str(name.clone());
    f.ty = ty.clone();
    let is_classvar = match ty {
        Value::Str(s) => names_form(s, "ClassVar", "typing"),
        other => crate::python::lib::typing::form_name(other).is_some_and(|n| &*n == "ClassVar"),
    };
    f.kind = if is_classvar {
        Kind::ClassVar
    } else if is_initvar(ty) {
        Kind::InitVar
    } else {
        Kind::Field
    };
    if f.kind != Kind::Field && !is_missing(&f.default_factory) {
        return Err(exc("TypeError", format!("field {name} cannot have a default factory")));
    }
    if f.kind == Kind::ClassVar {
        if !is_missing(&f.kw_only) {
            return Err(exc("TypeError", format!("field {name} is a ClassVar but specifies kw_only")));
        }
    } else if is_missing(&f.kw_only) {
        f.kw_only = Value::Bool(kw_only);
    }
    if f.kind == Kind::Field && unhashable(&f.default) {
        let shown = super::convert::type_repr(&f.default);
        return Err(exc("ValueError", format!("mutable default {shown} for field {name} is not allowed: use default_factory")));
    }
    drop(f);
    Ok(field)
}

/// Whether the default's class has `__hash__ = None` (list, dict, set, an
/// eq dataclass that is not frozen…).
fn unhashable(v: &Value) -> bool {
    match v {
        Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Bytes(_, true) => true,
        Value::Instance(i) => matches!(i.class.lookup("__hash__"), Some(Value::None)),
        // deque, defaultdict, OrderedDict, Counter: mutable containers too.
        Value::Native(n) => matches!(n.backing(), Some(Value::List(_) | Value::Dict(_))),
        _ => false,
    }
}

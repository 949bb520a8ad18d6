//! Class statements on typing's class makers, as typing.py turns them into
//! classes: `class Job(NamedTuple)` (a namedtuple class made from the
//! annotations, extended by the body's methods), `class Movie(TypedDict)`
//! (calling it makes a plain dict), `class Box(Generic[T])` and `class
//! Greeter(Protocol)` (ordinary classes; `Box[int]` subscripts to an alias
//! that still makes a `Box`).

use std::any::Any;
use std::rc::Rc;

use super::natives::StdObject;
use crate::python::object::classes::ClassDict;
use crate::python::object::errors::{Res, type_error};
use crate::python::object::native::NativeObject;
use crate::python::object::value::Value;
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

/// The bases a class statement's class is made with: typing's makers
/// replaced by what typing.py puts in their place.
pub fn class_bases(vm: &mut Vm, name: &str, bases: Vec<Value>, ns: &mut ClassDict) -> Res<Vec<Value>> {
    // As `__build_class__` keeps them when a base's `__mro_entries__` replaced it.
    let maker = |b: &Value| super::typing::form_name(b);
    let makes_tuple_or_dict = bases.iter().any(|b| matches!(maker(b).as_deref(), Some("NamedTuple" | "TypedDict")));
    if makes_tuple_or_dict {
        ns.insert(Rc::from("__orig_bases__"), Value::tuple(bases.clone()));
    } else if bases.iter().any(|b| super::typing::is_subscripted(b) || origin(b).is_some()) {
        ns.insert(Rc::from("__orig_bases__"), Value::tuple(bases.clone()));
        // `Generic[…]`'s TypeVars when it is a base, else every base's, in order.
        let generic = bases.iter().find(|b| super::typing::form_name(b).as_deref() == Some("Generic"));
        let mut params: Vec<Value> = Vec::new();
        for b in generic.into_iter().chain(bases.iter()) {
            for p in super::typing::parameters(b) {
                if !params.iter().any(|x| crate::python::object::mro::same(x, &p)) {
                    params.push(p);
                }
            }
        }
        ns.insert(Rc::from("__parameters__"), Value::tuple(params));
    }
    if bases.iter().any(|b| maker(b).as_deref() == Some("NamedTuple")) {
        if bases.iter().any(|b| !matches!(maker(b).as_deref(), Some("NamedTuple" | "Generic"))) {
            return type_error("can only inherit from a NamedTuple type and Generic");
        }
        return Ok(vec![named_tuple(vm, name, ns)?]);
    }
    if bases.iter().any(|b| maker(b).as_deref() == Some("TypedDict")) {
        if bases.len() != 1 {
            return type_error("cannot inherit from both a TypedDict type and a non-TypedDict base class");
        }
        ns.insert(Rc::from("__new__"), Value::Builtin("typing.TypedDict.__new__"));
        return Ok(Vec::new());
    }
    let protocol = bases.iter().any(|b| maker(b).as_deref() == Some("Protocol"));
    let mut kept = Vec::new();
    for (i, b) in bases.iter().enumerate() {
        let later = &bases[i + 1..];
        // What each base's `__mro_entries__` puts in its place.
        if let Some((class, typing_alias)) = origin(b) {
            if !kept.iter().any(|k| crate::python::object::mro::same(k, &class)) {
                kept.push(class);
            }
            if typing_alias && !later.iter().any(|x| is_alias(x) || derives_from_generic(x)) {
                kept.push(super::typing_protocols::generic_class(vm)?);
            }
            continue;
        }
        match maker(b).as_deref() {
            Some(form @ ("Generic" | "Protocol")) => {
                ns.entry(Rc::from("__class_getitem__")).or_insert(Value::Builtin("typing.Generic.__class_getitem__"));
                if form == "Protocol" {
                    ns.insert(Rc::from("_is_protocol"), Value::Bool(true));
                    ns.entry(Rc::from("__init__")).or_insert(Value::Builtin("typing.Protocol.__init__"));
                    kept.push(super::typing_protocols::protocol_class(vm)?);
                } else if !protocol && !later.iter().any(is_alias) {
                    kept.push(super::typing_protocols::generic_class(vm)?);
                }
            }
            Some(other) => {
                return Err(crate::python::object::errors::exc(
                    "NotImplementedError",
                    format!("looplab cannot use typing.{other} as a base class yet"),
                ));
            }
            None => kept.push(b.clone()),
        }
    }
    Ok(kept)
}

/// Whether a base is a subscripted generic (`Generic[T]`, `List[int]`, `Box[int]`).
fn is_alias(b: &Value) -> bool {
    super::typing::is_subscripted(b) || matches!(b, Value::Native(n) if crate::python::object::native::downcast::<ClassAlias>(n).is_some())
}

/// Whether a base is `Generic` or `Protocol`, or a class deriving from them.
fn derives_from_generic(b: &Value) -> bool {
    match b {
        Value::Class(c) => super::typing_protocols::is_generic(c),
        _ => matches!(super::typing::form_name(b).as_deref(), Some("Generic" | "Protocol")),
    }
}

/// The class a subscripted base stands for (`Stack[int]`, `list[int]`,
/// `typing.List[int]`, `typing.Deque[str]`), as its `__mro_entries__` gives
/// it, and whether it is one of typing's aliases (which add `Generic`).
fn origin(base: &Value) -> Option<(Value, bool)> {
    let Value::Native(n) = base else { return None };
    if let Some(alias) = crate::python::object::native::downcast::<ClassAlias>(n) {
        return Some((alias.origin.clone(), false));
    }
    if let Some(t) = crate::python::object::generic_alias::origin_of(n) {
        return Some((t, false));
    }
    const ALIASES: &[(&str, Value)] = &[
        ("List", Value::Type("list")),
        ("Dict", Value::Type("dict")),
        ("Tuple", Value::Type("tuple")),
        ("Set", Value::Type("set")),
        ("Deque", Value::Builtin("collections.deque")),
        ("DefaultDict", Value::Builtin("collections.defaultdict")),
        ("OrderedDict", Value::Builtin("collections.OrderedDict")),
        ("Counter", Value::Builtin("collections.Counter")),
    ];
    let name = super::typing::form_name(base)?;
    ALIASES.iter().find(|(n, _)| **n == *name).map(|(_, v)| (v.clone(), true))
}

/// `class Job(NamedTuple)`: the namedtuple class of the annotated fields,
/// with the body's values as their defaults (taken out of the namespace,
/// where they would hide the fields).
fn named_tuple(vm: &mut Vm, name: &str, ns: &mut ClassDict) -> Res<Value> {
    let fields: Vec<Value> = match ns.get("__annotations__") {
        Some(Value::Dict(d)) => d.borrow().keys().map(|k| k.0.clone()).collect(),
        _ => Vec::new(),
    };
    let mut defaults = Vec::new();
    let mut default_names = Vec::new();
    for f in &fields {
        let key = f.to_str();
        match ns.shift_remove(key.as_str()) {
            Some(v) => {
                defaults.push(v);
                default_names.push(key);
            }
            None if !defaults.is_empty() => {
                let s = if default_names.len() > 1 { "s" } else { "" };
                return type_error(format!(
                    "Non-default namedtuple field {key} cannot follow default field{s} {}",
                    default_names.join(", ")
                ));
            }
            None => {}
        }
    }
    // The class is the namedtuple class itself in CPython: no `__dict__`.
    ns.entry(Rc::from("__slots__")).or_insert_with(|| Value::tuple(Vec::new()));
    let kwargs = vec![(Rc::from("defaults"), Value::list(defaults))];
    super::collections::namedtuple::namedtuple(vm, vec![Value::str(name), Value::list(fields)], kwargs)
}

/// Whether `class` is a protocol (`class Greeter(Protocol)`), not a class
/// implementing one.
pub fn is_protocol(class: &crate::python::object::classes::ClassObj) -> bool {
    matches!(class.attrs.borrow().get("_is_protocol"), Some(Value::Bool(true)))
}

/// `isinstance` / `issubclass` against a protocol: looplab has no
/// `@runtime_checkable`, so every check raises, as CPython does without it.
pub fn protocol_check() -> Res<bool> {
    type_error("Instance and class checks can only be used with @runtime_checkable protocols")
}

/// `typing.NamedTuple('Job', [('name', str), …])`: the namedtuple class.
pub fn functional_named_tuple(vm: &mut Vm, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    let [name, pairs] = args.as_slice() else {
        return type_error("NamedTuple() takes a name and a list of (name, type) pairs");
    };
    let fields: Vec<Value> = match (pairs, kwargs.is_empty()) {
        (Value::None, false) => kwargs.iter().map(|(k, _)| Value::Str(k.clone())).collect(),
        _ => vm.collect(pairs)?.into_iter().map(|p| vm.collect(&p).map(|p| p.first().cloned().unwrap_or(Value::None))).collect::<Res<_>>()?,
    };
    super::collections::namedtuple::namedtuple(vm, vec![name.clone(), Value::list(fields)], Vec::new())
}

/// Calls `Generic.__class_getitem__` or `TypedDict.__new__` (made `typing.`
/// builtins by [`class_bases`]); `None` for other names.
pub fn call(vm: &mut Vm, func: &str, args: &[Value], kwargs: Kwargs) -> Option<Res<Value>> {
    Some(match (func, args) {
        ("Protocol.__init__", [Value::Instance(i), rest @ ..]) => {
            if is_protocol(&i.class) {
                type_error("Protocols cannot be instantiated")
            } else if !rest.is_empty() || !kwargs.is_empty() {
                type_error(format!("{}() takes no arguments", i.class.name))
            } else {
                Ok(Value::None)
            }
        }
        ("TypedDict.__new__", [_, rest @ ..]) => super::builtins::call_type(vm, "dict", rest.to_vec(), kwargs),
        ("Generic.__class_getitem__", [class @ Value::Class(c), index]) => {
            let shown: Vec<String> = match index {
                Value::Tuple(t) => t.iter().map(|v| super::typing::arg_text(v)).collect(),
                other => vec![super::typing::arg_text(other)],
            };
            let text = format!("__main__.{}[{}]", c.qualname, shown.join(", "));
            let args = match index {
                Value::Tuple(t) => t.to_vec(),
                other => vec![other.clone()],
            };
            let params = super::typing::type_vars(&args);
            Ok(Value::Native(Rc::new(ClassAlias { origin: class.clone(), text, params })))
        }
        _ => return None,
    })
}

/// A user generic class subscripted (`Box[int]`): shown as typing shows it,
/// and calling it makes an instance of the class.
pub struct ClassAlias {
    origin: Value,
    text: String,
    /// The TypeVars among its arguments (`Box[T]` in `class Pair(Box[T])`).
    pub params: Vec<Value>,
}

impl NativeObject for ClassAlias {
    fn type_name(&self) -> &'static str {
        "_GenericAlias"
    }
    fn class_name(&self) -> &'static str {
        "typing._GenericAlias"
    }
    fn repr(&self) -> String {
        self.text.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        &["__call__"]
    }
}

impl StdObject for ClassAlias {
    fn attr(&self, _vm: &mut Vm, name: &str) -> Option<Res<Value>> {
        (name == "__origin__").then(|| Ok(self.origin.clone()))
    }
    fn call(&self, vm: &mut Vm, _this: &Value, _name: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
        vm.call(&self.origin, args, kwargs)
    }
}

//! The objects the loop-free modules make (a deque, a Counter, a namedtuple,
//! a partial, an itertools iterator…): how the library finds their
//! attributes and calls their methods, and the argument helpers they share.

use std::rc::Rc;

use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::native::NativeObject;
use crate::python::object::value::Value;
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

/// A library object of a loop-free module.
pub trait StdObject: NativeObject {
    /// `obj.name` for a name that is not one of its methods.
    fn attr(&self, _vm: &mut Vm, _name: &str) -> Option<Res<Value>> {
        None
    }
    /// Calls its method `name` (one of [`NativeObject::methods`], dunders included).
    fn call(&self, vm: &mut Vm, this: &Value, name: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value>;
}

/// The object as a [`StdObject`], if a loop-free module made it.
fn as_std(n: &Rc<dyn NativeObject>) -> Option<&dyn StdObject> {
    let any = n.as_any();
    // The object's type read once, then compared with each (`downcast_ref`
    // would ask the object for it again per type: two dynamic calls each).
    let id = any.type_id();
    macro_rules! try_types {
        ($($t:ty),*) => {
            $(if id == std::any::TypeId::of::<$t>() {
                return any.downcast_ref::<$t>().map(|x| x as &dyn StdObject);
            })*
        };
    }
    try_types!(
        super::collections::deque::Deque,
        super::collections::dicts::DictObj,
        super::collections::namedtuple::Record,
        super::collections::namedtuple::RecordClass,
        super::collections::chainmap::ChainMap,
        super::functools::Partial,
        super::functools::Cached,
        super::functools::CacheDecorator,
        super::functools::Wrapped,
        super::functools::WrapsDecorator,
        super::functools::CmpToKey,
        super::itertools::ItIter,
        super::operator::GetterObj,
        super::typing::Form,
        super::typing_classes::ClassAlias,
        super::logging::Logger,
        super::logging::Handler,
        super::logging::Formatter,
        super::contextlib::Manager
    );
    for find in EXTRA {
        if let Some(x) = find(n) {
            return Some(x);
        }
    }
    None
}

/// Finds the [`StdObject`] behind a native object of one module.
type Finder = fn(&Rc<dyn NativeObject>) -> Option<&dyn StdObject>;

/// Finders for the modules' other object types.
const EXTRA: &[Finder] = &[
    super::datetime::as_std,
    super::dataclasses::as_std,
    super::contextlib_managers::as_std,
    super::stringio::as_std,
    super::total_ordering::as_std,
    super::singledispatch::as_std,
    super::partialmethod::as_std,
    super::frame_summary::as_std,
    super::method_descriptor::as_std,
];

/// `obj.name` on a loop-free module's object; `None` when the object is not one.
pub fn get_attr(vm: &mut Vm, obj: &Value, n: &Rc<dyn NativeObject>, name: &str) -> Option<Res<Value>> {
    let std = as_std(n)?;
    if let Some(m) = n.methods().iter().find(|m| **m == name) {
        return Some(Ok(Value::Method(Rc::new((obj.clone(), m)))));
    }
    if let Some(v) = std.attr(vm, name) {
        return Some(v);
    }
    if let Some(b @ Value::Dict(_)) = n.backing()
        && let Some(m) = super::methods::builtin_method(&b, name)
    {
        return Some(Ok(Value::Method(Rc::new((b, m)))));
    }
    Some(Err(exc("AttributeError", format!("'{}' object has no attribute '{name}'", n.type_name()))))
}

/// Calls method `name` of a loop-free module's object; when the object is
/// not one, hands the arguments back.
pub fn call_method(
    vm: &mut Vm,
    recv: &Value,
    n: &Rc<dyn NativeObject>,
    name: &str,
    args: Vec<Value>,
    kwargs: Kwargs,
) -> Result<Res<Value>, (Vec<Value>, Kwargs)> {
    match as_std(n) {
        Some(std) => Ok(std.call(vm, recv, name, args, kwargs)),
        None => Err((args, kwargs)),
    }
}

/// `with obj:` on a loop-free module's object: `__enter__` or `__exit__`;
/// `None` when the object is not one.
pub fn context_manager(vm: &mut Vm, obj: &Value, enter: bool, args: Vec<Value>) -> Option<Res<Value>> {
    let Value::Native(n) = obj else { return None };
    let std = as_std(n)?;
    let name = if enter { "__enter__" } else { "__exit__" };
    if !n.methods().contains(&name) {
        return Some(type_error(format!("'{}' object does not support the context manager protocol", n.type_name())));
    }
    Some(std.call(vm, obj, name, args, Vec::new()))
}

/// `isinstance(v, class)` for a class of the loop-free modules (`deque`,
/// `Counter`, a namedtuple class, `datetime`…); `None` when `class` is not one.
pub fn is_instance(v: &Value, class: &Value) -> Option<bool> {
    let class_name = match v {
        Value::Native(n) => n.class_name(),
        _ => "",
    };
    match class {
        Value::Builtin(b) => {
            let name = b.strip_prefix("collections.")?;
            if !matches!(name, "deque" | "defaultdict" | "Counter" | "OrderedDict" | "ChainMap") {
                return None;
            }
            Some(class_name.strip_prefix("collections.") == Some(name))
        }
        Value::Native(_) => super::collections::namedtuple::is_instance(v, class).or_else(|| super::datetime::is_instance(v, class)),
        _ => None,
    }
}

/// The keyword argument `name`, if given.
pub fn kwarg<'a>(kwargs: &'a [(Rc<str>, Value)], name: &str) -> Option<&'a Value> {
    kwargs.iter().find(|(k, _)| &**k == name).map(|(_, v)| v)
}

/// Positional argument `i`, else keyword `name`, else `None`.
pub fn arg<'a>(args: &'a [Value], kwargs: &'a [(Rc<str>, Value)], i: usize, name: &str) -> Option<&'a Value> {
    args.get(i).or_else(|| kwarg(kwargs, name))
}

/// Rejects keywords other than `allowed`, as CPython words it for `func`.
pub fn check_kwargs(func: &str, kwargs: &[(Rc<str>, Value)], allowed: &[&str]) -> Res<()> {
    match kwargs.iter().find(|(k, _)| !allowed.contains(&&**k)) {
        Some((k, _)) => type_error(format!("{func}() got an unexpected keyword argument '{k}'")),
        None => Ok(()),
    }
}

/// An int argument (bools count), or CPython's "cannot be interpreted" TypeError.
pub fn int_arg(v: &Value) -> Res<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        other => type_error(format!("'{}' object cannot be interpreted as an integer", other.type_name())),
    }
}

/// The repr of a callable as CPython shows it inside another repr.
pub fn callable_repr(v: &Value) -> String {
    match v {
        Value::Builtin(name) => format!("<built-in function {}>", name.rsplit('.').next().unwrap_or(name)),
        other => other.repr(),
    }
}

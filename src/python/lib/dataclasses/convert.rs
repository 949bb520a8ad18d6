//! `fields`, `asdict`, `astuple`, `replace` and `is_dataclass`, as
//! dataclasses.py writes them; and the class's `__dataclass_params__`.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use super::Options;
use super::field::{Kind, as_field, is_missing};
use crate::python::lib::collections::namedtuple::{record_items, remake};
use crate::python::lib::natives::{StdObject, check_kwargs, kwarg};
use crate::python::object::classes::ClassObj;
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::native::NativeObject;
use crate::python::object::value::{DictMap, Key, Value};
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

/// `fields`, `asdict`, `astuple`, `replace`, `is_dataclass`.
pub fn call(vm: &mut Vm, func: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    let Some(obj) = args.first() else {
        return type_error(format!("{func}() missing 1 required positional argument: 'obj'"));
    };
    match func {
        "replace" => replace(vm, obj, kwargs),
        "is_dataclass" => Ok(Value::Bool(class_of(obj).is_some_and(|c| super::class_fields(&c).is_some()))),
        "fields" => {
            let fields = class_of(obj)
                .and_then(|c| super::class_fields(&c))
                .ok_or_else(|| exc("TypeError", "must be called with a dataclass type or instance"))?;
            let kept = fields.into_iter().filter(|f| as_field(f).is_some_and(|f| f.0.borrow().kind == Kind::Field));
            Ok(Value::Tuple(Rc::new(kept.collect())))
        }
        "asdict" | "astuple" => {
            let tuples = func == "astuple";
            let factory_name = if tuples { "tuple_factory" } else { "dict_factory" };
            check_kwargs(func, &kwargs, &[factory_name])?;
            if instance_fields(obj).is_none() {
                return type_error(format!("{func}() should be called on dataclass instances"));
            }
            let factory = args.get(1).or_else(|| kwarg(&kwargs, factory_name)).cloned();
            convert(vm, obj, tuples, factory.as_ref(), 0)
        }
        _ => Err(exc("AttributeError", format!("module 'dataclasses' has no attribute '{func}'"))),
    }
}

/// The class of a class or instance value.
fn class_of(v: &Value) -> Option<Rc<ClassObj>> {
    match v {
        Value::Class(c) => Some(c.clone()),
        Value::Instance(i) => Some(i.class.clone()),
        _ => None,
    }
}

/// The fields of a dataclass instance (not of a class).
fn instance_fields(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::Instance(i) => super::class_fields(&i.class),
        _ => None,
    }
}

/// `_asdict_inner` / `_astuple_inner`: dataclasses become dicts (tuples),
/// and lists, tuples, namedtuples and dicts are copied with their items
/// converted.
fn convert(vm: &mut Vm, obj: &Value, tuples: bool, factory: Option<&Value>, depth: usize) -> Res<Value> {
    // CPython's recursion limit stops a cycle after about 330 levels of its
    // three frames per level.
    if depth > 330 {
        return Err(exc("RecursionError", "maximum recursion depth exceeded while calling a Python object"));
    }
    let depth = depth + 1;
    if let Some(fields) = instance_fields(obj) {
        let mut items = Vec::new();
        for f in fields.iter().filter_map(as_field).filter(|f| f.0.borrow().kind == Kind::Field) {
            let name = f.name();
            let value = crate::python::vm::attributes::load_attr(vm, obj, &name)?;
            let value = convert(vm, &value, tuples, factory, depth)?;
            items.push(if tuples { value } else { Value::Tuple(Rc::new(vec![Value::Str(name), value])) });
        }
        return match (factory, tuples) {
            (Some(f), _) => vm.call(f, vec![Value::list(items)], Vec::new()),
            (None, true) => Ok(Value::Tuple(Rc::new(items))),
            (None, false) => {
                let mut d = DictMap::default();
                for item in items {
                    if let Value::Tuple(kv) = item {
                        d.insert(Key(kv[0].clone()), kv[1].clone());
                    }
                }
                Ok(Value::Dict(Rc::new(RefCell::new(d))))
            }
        };
    }
    if let Some(items) = record_items(obj) {
        let items = items.iter().map(|v| convert(vm, v, tuples, factory, depth)).collect::<Res<Vec<_>>>()?;
        return Ok(remake(obj, items).unwrap_or(Value::None));
    }
    Ok(match obj {
        Value::List(l) => {
            let items = l.borrow().clone();
            Value::list(items.iter().map(|v| convert(vm, v, tuples, factory, depth)).collect::<Res<Vec<_>>>()?)
        }
        Value::Tuple(t) => Value::Tuple(Rc::new(t.iter().map(|v| convert(vm, v, tuples, factory, depth)).collect::<Res<Vec<_>>>()?)),
        Value::Dict(d) => {
            let pairs: Vec<(Value, Value)> = d.borrow().iter().map(|(k, v)| (k.0.clone(), v.clone())).collect();
            let out = Rc::new(RefCell::new(DictMap::default()));
            for (k, v) in pairs {
                let k = convert(vm, &k, tuples, factory, depth)?;
                let v = convert(vm, &v, tuples, factory, depth)?;
                crate::python::vm::keys::dict_set(vm, &out, k, v)?;
            }
            Value::Dict(out)
        }
        Value::Set(s) => Value::Set(Rc::new(RefCell::new(s.borrow().clone()))),
        other => other.clone(),
    })
}

/// `replace(obj, /, **changes)`: a new instance with the fields not changed
/// taken from `obj`.
fn replace(vm: &mut Vm, obj: &Value, mut changes: Kwargs) -> Res<Value> {
    let Some(fields) = instance_fields(obj) else {
        return type_error("replace() should be called on dataclass instances");
    };
    for f in fields.iter().filter_map(as_field) {
        let (kind, init, default) = {
            let d = f.0.borrow();
            (d.kind, d.init, d.default.clone())
        };
        let name = f.name();
        let given = changes.iter().any(|(k, _)| *k == name);
        if kind == Kind::ClassVar {
            continue;
        }
        if !init {
            if given {
                return Err(exc("ValueError", format!("field {name} is declared with init=False, it cannot be specified with replace()")));
            }
            continue;
        }
        if !given {
            if kind == Kind::InitVar && is_missing(&default) {
                return Err(exc("ValueError", format!("InitVar '{name}' must be specified with replace()")));
            }
            let v = crate::python::vm::attributes::load_attr(vm, obj, &name)?;
            changes.push((name, v));
        }
    }
    let class = class_of(obj).map(Value::Class).unwrap_or(Value::None);
    vm.call(&class, Vec::new(), changes)
}

/// `type(v)` as its repr shows it (`<class 'list'>`).
pub fn type_repr(v: &Value) -> String {
    match v {
        Value::Instance(i) => format!("<class '__main__.{}'>", i.class.qualname),
        Value::Native(n) => format!("<class '{}'>", n.class_name()),
        other => format!("<class '{}'>", other.type_name()),
    }
}

/// A class's `__dataclass_params__`.
pub struct Params(Options);

/// `__dataclass_params__` for these options.
pub fn params(o: Options) -> Value {
    Value::Native(Rc::new(Params(o)))
}

impl NativeObject for Params {
    fn type_name(&self) -> &'static str {
        "_DataclassParams"
    }
    fn repr(&self) -> String {
        let b = |x: bool| if x { "True" } else { "False" };
        let o = &self.0;
        format!(
            "_DataclassParams(init={},repr={},eq={},order={},unsafe_hash={},frozen={})",
            b(o.init),
            b(o.repr),
            b(o.eq),
            b(o.order),
            b(o.unsafe_hash),
            b(o.frozen)
        )
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl StdObject for Params {
    fn attr(&self, _vm: &mut Vm, name: &str) -> Option<Res<Value>> {
        let o = &self.0;
        let v = match name {
            "init" => o.init,
            "repr" => o.repr,
            "eq" => o.eq,
            "order" => o.order,
            "unsafe_hash" => o.unsafe_hash,
            "frozen" => o.frozen,
            _ => return None,
        };
        Some(Ok(Value::Bool(v)))
    }
    fn call(&self, _vm: &mut Vm, _this: &Value, name: &str, _args: Vec<Value>, _kwargs: Kwargs) -> Res<Value> {
        type_error(format!("'_DataclassParams' object has no method '{name}'"))
    }
}

//! What the VM does with instances of user classes: makes them (`__init__`)
//! and shows them (`__repr__` / `__str__`, also inside containers).

use std::cell::RefCell;
use std::rc::Rc;

use indexmap::IndexMap;

use crate::python::object::classes::{ClassObj, Instance};
use crate::python::object::errors::{ExcObj, Res, type_error};
use crate::python::object::value::Value;
use super::machine::Vm;

/// Calls a class: makes an instance and runs `__init__`.
pub fn instantiate(vm: &mut Vm, class: &Rc<ClassObj>, args: Vec<Value>, kwargs: Vec<(Rc<str>, Value)>) -> Res<Value> {
    if let Some(kind) = class.exception_base() {
        let e = if crate::python::object::exception_group::is_group_kind(kind) {
            crate::python::object::exception_group::new_group(kind, args.clone())?
        } else {
            ExcObj::new(kind, args.clone())
        };
        *e.class.borrow_mut() = Some(class.clone());
        let value = Value::Exc(e);
        if let Some(init @ Value::Function(_)) = class.lookup("__init__") {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(value.clone());
            full.extend(args);
            vm.call(&init, full, kwargs)?;
        }
        return Ok(value);
    }
    let instance = Value::Instance(Rc::new(Instance { class: class.clone(), attrs: RefCell::new(IndexMap::new()) }));
    match class.lookup("__init__") {
        Some(init) => {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(instance.clone());
            full.extend(args);
            let r = vm.call(&init, full, kwargs)?;
            if !matches!(r, Value::None) {
                return type_error(format!("__init__() should return None, not '{}'", r.type_name()));
            }
        }
        None if !args.is_empty() || !kwargs.is_empty() => {
            return type_error(format!("{}() takes no arguments", class.name));
        }
        None => {}
    }
    Ok(instance)
}

/// `str(v)` or `repr(v)` with user `__str__` / `__repr__` honoured.
pub fn display(vm: &mut Vm, v: &Value, repr: bool) -> Res<String> {
    crate::python::object::value::check_int_str_digits(v)?;
    if let Value::Instance(inst) = v {
        let method = if repr { None } else { inst.class.lookup("__str__") };
        let method = method.or_else(|| inst.class.lookup("__repr__"));
        if let Some(m) = method {
            return match vm.call(&m, vec![v.clone()], Vec::new())? {
                Value::Str(s) => Ok(s.to_string()),
                other => type_error(format!(
                    "__{}__ returned non-string (type {})",
                    if repr { "repr" } else { "str" },
                    other.type_name()
                )),
            };
        }
        return Ok(format!("<__main__.{} object at 0x7f0000000000>", inst.class.name));
    }
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Set(_) if contains_instance(v, 0) => {
            container_repr(vm, v)
        }
        _ => Ok(if repr { v.repr() } else { v.to_str() }),
    }
}

fn contains_instance(v: &Value, depth: usize) -> bool {
    if depth > 50 {
        return false;
    }
    match v {
        Value::Instance(_) => true,
        Value::List(l) => l.borrow().iter().any(|x| contains_instance(x, depth + 1)),
        Value::Tuple(t) => t.iter().any(|x| contains_instance(x, depth + 1)),
        Value::Dict(d) => d.borrow().values().any(|x| contains_instance(x, depth + 1)),
        _ => false,
    }
}

fn container_repr(vm: &mut Vm, v: &Value) -> Res<String> {
    let join = |vm: &mut Vm, items: &[Value]| -> Res<Vec<String>> {
        items.iter().map(|x| display(vm, x, true)).collect()
    };
    Ok(match v {
        Value::List(l) => {
            let items = l.borrow().clone();
            format!("[{}]", join(vm, &items)?.join(", "))
        }
        Value::Tuple(t) => {
            let parts = join(vm, t)?;
            if parts.len() == 1 { format!("({},)", parts[0]) } else { format!("({})", parts.join(", ")) }
        }
        Value::Dict(d) => {
            let pairs: Vec<(Value, Value)> = d.borrow().iter().map(|(k, v)| (k.0.clone(), v.clone())).collect();
            let mut parts = Vec::with_capacity(pairs.len());
            for (k, val) in pairs {
                parts.push(format!("{}: {}", display(vm, &k, true)?, display(vm, &val, true)?));
            }
            format!("{{{}}}", parts.join(", "))
        }
        other => other.repr(),
    })
}

//! Attribute access as the VM does it (`obj.x`, `obj.x = v`, `del obj.x`,
//! `getattr`/`setattr`/`delattr`): the descriptor rules of CPython 3.11 on
//! user instances and classes (properties run their getter, setter and
//! deleter; classmethods bind to the class; staticmethods never bind), and
//! `__getattr__` when the normal lookup fails.

use std::rc::Rc;

use super::machine::Vm;
use crate::python::object::classes::{Lookup, class_qualname, find_attr, type_of, user_descriptor_method};
use crate::python::object::descriptors::as_property;
use crate::python::object::errors::{Res, exc};
use crate::python::object::value::Value;

/// `obj.name`.
pub fn load_attr(vm: &mut Vm, obj: &Value, name: &str) -> Res<Value> {
    let Some(found) = find_attr(obj, name) else {
        if let Some(v) = crate::python::object::descriptors::attr(obj, name) {
            return v;
        }
        // `list.__init__(self, items)`, `dict.__setitem__(self, k, v)`: the
        // type's special methods, called with the instance first.
        if name.starts_with("__")
            && crate::python::object::classes::is_library_base(obj)
            && let Some(m) = crate::python::object::classes::base_method(name)
        {
            return Ok(Value::Builtin(m));
        }
        if let Value::Type(t) = obj
            && let Some(v) = builtin_type_attr(t, name)
        {
            return Ok(v);
        }
        if let Value::Bound(b) = obj {
            // A bound method: its receiver and function, and the function's
            // attributes through it.
            return match name {
                "__self__" => Ok(b.0.clone()),
                "__func__" => Ok(b.1.clone()),
                "__class__" => Ok(Value::Type("method")),
                _ => load_attr(vm, &b.1, name),
            };
        }
        if name == "__class__" {
            return Ok(type_of(obj));
        }
        return vm.lib.get_attr(vm, obj, name);
    };
    match found {
        Lookup::Value(v) => Ok(v),
        Lookup::Call(f, args) => vm.call(&f, args, Vec::new()),
        Lookup::Missing(e) => {
            if let Some(v) = super::enums::member_attr(vm, obj, name) {
                return v;
            }
            if name == "__members__"
                && let Some(class) = super::enums::enum_class(obj)
                && let Some(v) = super::enums::members_mapping(class)
            {
                return Ok(v);
            }
            let from_base = base_attr(vm, obj, name);
            let missing = match &from_base {
                Some(Err(e)) => e.kind == "AttributeError",
                Some(Ok(_)) => false,
                None => true,
            };
            if !missing && let Some(r) = from_base {
                return r;
            }
            if let Value::Instance(inst) = obj
                && let Some(hook) = inst.class.lookup("__getattr__")
            {
                return vm.call(&hook, vec![obj.clone(), Value::str(name)], Vec::new());
            }
            if let Value::Exc(_) = obj {
                return vm.lib.get_attr(vm, obj, name);
            }
            from_base.unwrap_or(Err(e))
        }
    }
}

/// `obj.name` from the built-in or library type a class extends: the
/// instance's base value's attribute (`self.append`, `p.x`), `super()`'s
/// for one, the type's for the class (`Job._fields`); `None` when `obj`
/// extends no such type.
fn base_attr(vm: &mut Vm, obj: &Value, name: &str) -> Option<Res<Value>> {
    let (base, shown) = match obj {
        Value::Instance(inst) => (inst.base.borrow().clone()?, inst.class.name.clone()),
        Value::Super(s) => match &s.1 {
            Value::Instance(inst) => (inst.base.borrow().clone()?, Rc::from("super")),
            _ => return None,
        },
        Value::Class(c) => {
            let base = c.library_base()?;
            let lib = vm.lib;
            if let Some(m) = lib.base_attr(vm, obj, &base, name) {
                return Some(m);
            }
            return Some(load_attr(vm, &base, name).map_err(|_| {
                exc("AttributeError", format!("type object '{}' has no attribute '{name}'", c.name))
            }));
        }
        _ => return None,
    };
    let lib = vm.lib;
    if let Some(m) = lib.base_attr(vm, obj, &base, name) {
        return Some(m);
    }
    Some(load_attr(vm, &base, name).map_err(|e| {
        if e.kind == "AttributeError" {
            exc("AttributeError", format!("'{shown}' object has no attribute '{name}'"))
        } else {
            e
        }
    }))
}

/// The property a user class defines for `name`, with the instance's class.
fn property_of(obj: &Value, name: &str) -> Option<(Value, Value)> {
    let class = match obj {
        Value::Instance(i) => i.class.clone(),
        Value::Exc(e) => e.class.borrow().clone()?,
        _ => return None,
    };
    let v = class.lookup(name)?;
    as_property(&v)?;
    Some((v, Value::Class(class)))
}

/// The `__set__` / `__delete__` of a user data descriptor for `name` on
/// `obj`'s class, with the descriptor.
fn user_descriptor(obj: &Value, name: &str, method: &str) -> Option<(Value, Value)> {
    let Value::Instance(i) = obj else {
        return None;
    };
    let d = i.class.lookup(name)?;
    let m = user_descriptor_method(&d, method)?;
    Some((d, m))
}

/// `obj.name = value`.
pub fn store_attr(vm: &mut Vm, obj: &Value, name: &str, value: Value) -> Res<()> {
    if let Value::Native(_) = obj
        && let Some(done) = vm.lib.set_attr(vm, obj, name, &value)
    {
        return done;
    }
    super::enums::guard_store(obj, name)?;
    let (class, inst) = match obj {
        Value::Instance(i) => (i.class.clone(), Some(i)),
        Value::Exc(e) => match e.class.borrow().clone() {
            Some(c) => (c, None),
            None => return crate::python::object::classes::set_attr(obj, name, value),
        },
        _ => return crate::python::object::classes::set_attr(obj, name, value),
    };
    // One lookup along the MRO decides: a property or a user data
    // descriptor handles the assignment, else the instance's own dict.
    let found = class.lookup(name);
    if let Some(d) = &found {
        if let Some(p) = as_property(d) {
            if matches!(p.fset, Value::None) {
                return Err(missing_accessor(p, &Value::Class(class.clone()), "setter"));
            }
            let fset = p.fset.clone();
            vm.call(&fset, vec![obj.clone(), value], Vec::new())?;
            return Ok(());
        }
        if let Some(set) = user_descriptor_method(d, "__set__") {
            vm.call(&set, vec![d.clone(), obj.clone(), value], Vec::new())?;
            return Ok(());
        }
    }
    match inst {
        Some(i) => crate::python::object::classes::store_in_instance(i, name, value),
        None => crate::python::object::classes::set_attr(obj, name, value),
    }
}

/// `del obj.name`.
pub fn delete_attr(vm: &mut Vm, obj: &Value, name: &str) -> Res<()> {
    super::enums::guard_delete(obj, name)?;
    if let Some((d, delete)) = user_descriptor(obj, name, "__delete__") {
        vm.call(&delete, vec![d, obj.clone()], Vec::new())?;
        return Ok(());
    }
    if let Some((prop, class)) = property_of(obj, name)
        && let Some(p) = as_property(&prop)
    {
        if matches!(p.fdel, Value::None) {
            return Err(missing_accessor(p, &class, "deleter"));
        }
        let fdel = p.fdel.clone();
        vm.call(&fdel, vec![obj.clone()], Vec::new())?;
        return Ok(());
    }
    let missing = |owner: String| exc("AttributeError", format!("{owner} has no attribute '{name}'"));
    match obj {
        Value::Instance(inst) => match inst.remove(name) {
            Some(_) => Ok(()),
            None => Err(missing(format!("'{}' object", inst.class.name))),
        },
        Value::Class(c) => match c.attrs.borrow_mut().shift_remove(name) {
            Some(_) => Ok(()),
            None => Err(missing(format!("type object '{}'", c.name))),
        },
        Value::Function(f) => crate::python::object::function_attrs::delete(f, name),
        Value::Exc(e) => {
            let mut attrs = e.attrs.borrow_mut();
            match attrs.iter().position(|(k, _)| &**k == name) {
                Some(i) => {
                    attrs.remove(i);
                    Ok(())
                }
                None => Err(missing(format!("'{}' object", e.display_name()))),
            }
        }
        other => Err(missing(format!("'{}' object", other.type_name()))),
    }
}

/// CPython 3.11's "property 'x' of 'C' object has no setter".
fn missing_accessor(p: &crate::python::object::descriptors::Property, class: &Value, what: &str) -> Rc<crate::python::object::errors::ExcObj> {
    let owner = class_qualname(class);
    match p.name.borrow().as_ref() {
        Some(n) => exc("AttributeError", format!("property '{n}' of '{owner}' object has no {what}")),
        None => exc("AttributeError", format!("property of '{owner}' object has no {what}")),
    }
}

/// Finishes a new class as CPython's `type.__new__` does: calls
/// `__set_name__` on its descriptors (in definition order), then the nearest
/// base's `__init_subclass__` with the class keywords.
pub fn init_subclass(vm: &mut Vm, class: &Value, kwargs: Vec<(Rc<str>, Value)>) -> Res<()> {
    let Value::Class(c) = class else {
        return Ok(());
    };
    let attrs: Vec<(Rc<str>, Value)> = c.attrs.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    for (name, v) in attrs {
        if let Some(set_name) = user_descriptor_method(&v, "__set_name__") {
            vm.call(&set_name, vec![v, class.clone(), Value::Str(name)], Vec::new())?;
        }
    }
    let found = c.mro.iter().find_map(|b| match b {
        Value::Class(b) => b.attrs.borrow().get("__init_subclass__").cloned(),
        _ => None,
    });
    let Some(hook) = found else {
        let args = vec![class.clone()];
        vm.lib.call_builtin(vm, "object.__init_subclass__", args, kwargs)?;
        return Ok(());
    };
    let f = match crate::python::object::descriptors::descriptor(&hook) {
        crate::python::object::descriptors::Descriptor::ClassMethod(f) => f.clone(),
        _ => hook.clone(),
    };
    vm.call(&f, vec![class.clone()], kwargs)?;
    Ok(())
}

/// `__qualname__`, `__module__`, `__mro__`, `__bases__` of a built-in type.
fn builtin_type_attr(t: &'static str, name: &str) -> Option<Value> {
    let mro = || crate::python::object::mro::builtin_mro(t);
    Some(match name {
        "__qualname__" => Value::str(t.rsplit('.').next().unwrap_or(t)),
        "__module__" => Value::str(match t {
            "CancelledError" | "InvalidStateError" => "asyncio.exceptions",
            "QueueEmpty" | "QueueFull" => "asyncio.queues",
            "Empty" => "_queue",
            "_GatheringFuture" => "asyncio.tasks",
            // `_asyncio.Task`: the module is in the name.
            dotted if dotted.contains('.') => dotted.rsplit_once('.').map_or(dotted, |(module, _)| module),
            _ => "builtins",
        }),
        "__mro__" => Value::tuple(mro()),
        "__bases__" => Value::tuple(mro().into_iter().skip(1).take(1).collect()),
        "__base__" => mro().into_iter().nth(1).unwrap_or(Value::None),
        // `int.__new__(cls, value)` in a subclass: the type's `__new__`, as `super().__new__` reaches it.
        "__new__" if crate::python::object::classes::is_library_base(&Value::Type(t)) => Value::Builtin("object.__new__"),
        _ => return None,
    })
}

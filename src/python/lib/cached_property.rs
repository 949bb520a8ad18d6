//! `functools.cached_property`: the object (in object::descriptors, where
//! attribute lookup sees it) and its `__get__`, as functools.py runs it.

use std::rc::Rc;

use crate::python::object::descriptors::CachedProperty;
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::native::downcast;
use crate::python::object::traceback::TbEntry;
use crate::python::object::value::{Key, Value};
use crate::python::vm::machine::Vm;

/// `cached_property(func)`.
pub fn new(args: &[Value]) -> Res<Value> {
    match args {
        [func] => Ok(Value::Native(Rc::new(CachedProperty { func: func.clone(), name: Default::default() }))),
        [] => type_error("cached_property.__init__() missing 1 required positional argument: 'func'"),
        _ => type_error(format!("cached_property.__init__() takes 2 positional arguments but {} were given", args.len() + 1)),
    }
}

fn library_error(kind: &'static str, message: String, line: u32, text: &'static str) -> Rc<crate::python::object::errors::ExcObj> {
    let e = exc(kind, message);
    e.traceback.borrow_mut().push(TbEntry::library("functools.py", line, "__get__", text, None));
    e
}

/// `cached_property.__get__(instance)`: the value in the instance's
/// `__dict__`, else `func(instance)` computed and stored there.
pub fn get(vm: &mut Vm, args: &[Value]) -> Res<Value> {
    let [Value::Native(n), instance] = args else {
        return type_error("cached_property.__get__ needs the property and an instance");
    };
    let Some(cp) = downcast::<CachedProperty>(n) else {
        return type_error("cached_property.__get__ needs a cached_property");
    };
    let Some(name) = cp.name.borrow().clone() else {
        let msg = "Cannot use cached_property instance without calling __set_name__ on it.".to_string();
        return Err(library_error("TypeError", msg, 985, "raise TypeError("));
    };
    let Value::Instance(inst) = instance else {
        let msg = format!("No '__dict__' attribute on '{}' instance to cache '{name}' property.", instance.class_name());
        return Err(library_error("TypeError", msg, 994, "raise TypeError(msg) from None"));
    };
    if inst.class.slots.is_some() {
        let msg = format!("No '__dict__' attribute on '{}' instance to cache '{name}' property.", inst.class.name);
        return Err(library_error("TypeError", msg, 994, "raise TypeError(msg) from None"));
    }
    if let Some(v) = inst.get(&name) {
        return Ok(v);
    }
    let func = cp.func.clone();
    let val = vm.call(&func, vec![instance.clone()], Vec::new()).map_err(|e| {
        e.traceback.borrow_mut().push(TbEntry::library("functools.py", 1001, "__get__", "val = self.func(instance)", Some((6, 25))));
        e
    })?;
    inst.dict.borrow_mut().insert(Key(Value::Str(name)), val.clone());
    Ok(val)
}

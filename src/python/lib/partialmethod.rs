//! `functools.partialmethod(func, *args, **keywords)`: a method with some
//! arguments fixed. Read through an instance it binds as a function does,
//! and a call runs `func(instance, *args, *more, **keywords, **more_kw)`.

use std::any::Any;
use std::rc::Rc;

use super::natives::StdObject;
use crate::python::object::errors::{Res, type_error};
use crate::python::object::native::{NativeObject, downcast};
use crate::python::object::value::Value;
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

/// A `partialmethod` object.
pub struct PartialMethod {
    func: Value,
    args: Vec<Value>,
    kwargs: Kwargs,
}

/// `partialmethod(func, *args, **keywords)`.
pub fn new(args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    let Some((func, rest)) = args.split_first() else {
        return type_error("partialmethod.__init__() missing 1 required positional argument: 'func'");
    };
    if !super::functools::is_callable(func) {
        return type_error(format!("{} is not callable or a descriptor", func.repr()));
    }
    Ok(Value::Native(Rc::new(PartialMethod { func: func.clone(), args: rest.to_vec(), kwargs })))
}

impl NativeObject for PartialMethod {
    /// A function, so that reading it through an instance binds it.
    fn type_name(&self) -> &'static str {
        "function"
    }
    fn repr(&self) -> String {
        let mut parts = vec![super::natives::callable_repr(&self.func)];
        parts.extend(self.args.iter().map(Value::repr));
        parts.extend(self.kwargs.iter().map(|(k, v)| format!("{k}={}", v.repr())));
        format!("functools.partialmethod({})", parts.join(", "))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        &["__call__"]
    }
}

impl StdObject for PartialMethod {
    fn attr(&self, _vm: &mut Vm, name: &str) -> Option<Res<Value>> {
        Some(Ok(match name {
            "func" => self.func.clone(),
            "args" => Value::tuple(self.args.clone()),
            _ => return None,
        }))
    }
    fn call(&self, vm: &mut Vm, _this: &Value, _name: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
        let Some((instance, rest)) = args.split_first() else {
            return type_error("partialmethod called without an instance");
        };
        let mut all = vec![instance.clone()];
        all.extend(self.args.iter().cloned());
        all.extend(rest.iter().cloned());
        let mut kw = self.kwargs.clone();
        for (k, v) in kwargs {
            match kw.iter_mut().find(|(name, _)| *name == k) {
                Some(slot) => slot.1 = v,
                None => kw.push((k, v)),
            }
        }
        vm.call(&self.func, all, kw)
    }
}

/// The [`StdObject`] behind a `partialmethod`.
pub fn as_std(n: &Rc<dyn NativeObject>) -> Option<&dyn StdObject> {
    downcast::<PartialMethod>(n).map(|p| p as &dyn StdObject)
}

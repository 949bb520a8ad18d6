//! `functools.singledispatch` and `singledispatchmethod`: a function whose
//! implementation is chosen by the class of its first argument (of the
//! first after `self` for a method), along the class's MRO, with
//! implementations registered by `@f.register(cls)`, `f.register(cls, g)`
//! or `@f.register` on a function whose first parameter is annotated.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use super::natives::StdObject;
use crate::python::object::classes::type_of;
use crate::python::object::errors::{ExcObj, Res, exc, hashable, type_error};
use crate::python::object::traceback::TbEntry;
use crate::python::object::mro::builtin_mro;
use crate::python::object::native::{NativeObject, downcast};
use crate::python::object::value::{DictMap, Value, values_equal};
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

/// A single-dispatch generic function.
pub struct Dispatcher {
    func: Value,
    /// Whether it is a `singledispatchmethod` (dispatching on the argument after `self`).
    method: bool,
    /// `(class, implementation)` in registration order, `object` first.
    registry: RefCell<Vec<(Value, Value)>>,
}

/// What `f.register(cls)` returns: the decorator registering for `cls`.
pub struct Register {
    dispatcher: Value,
    class: Value,
}

/// `singledispatch(func)` or `singledispatchmethod(func)`.
pub fn new(args: &[Value], method: bool) -> Res<Value> {
    let name = if method { "singledispatchmethod" } else { "singledispatch" };
    let [func] = args else {
        return type_error(format!("{name}() takes 1 positional argument but {} were given", args.len()));
    };
    let registry = RefCell::new(vec![(Value::Type("object"), func.clone())]);
    Ok(Value::Native(Rc::new(Dispatcher { func: func.clone(), method, registry })))
}

/// `e` as raised at functools.py's `line` in `func`.
fn in_functools(e: Rc<ExcObj>, line: u32, func: &str, text: &'static str, marked: Option<(u32, u32)>) -> Rc<ExcObj> {
    e.traceback.borrow_mut().push(TbEntry::library("functools.py", line, func, text, marked));
    e
}

/// A TypeError raised by `register` at functools.py's `line`.
fn register_error(line: u32, message: String) -> Rc<ExcObj> {
    in_functools(exc("TypeError", message), line, "register", "raise TypeError(", None)
}

fn is_class(v: &Value) -> bool {
    matches!(v, Value::Class(_) | Value::Type(_))
}

/// Refuses a class CPython can dispatch on but looplab cannot: an abstract
/// base class of `collections.abc` / `typing`, or a library class (`deque`,
/// a namedtuple) that is not a class object here.
fn refuse_library_class(v: &Value) -> Res<()> {
    let library_class = match v {
        Value::Native(n) => matches!(n.type_name(), "_GenericAlias" | "type"),
        Value::Builtin(b) => b.starts_with("collections.") || b.starts_with("datetime."),
        _ => false,
    };
    if library_class {
        return Err(exc(
            "NotImplementedError",
            format!("looplab's singledispatch registers user classes and built-in types only, not {}", v.repr()),
        ));
    }
    Ok(())
}

/// The classes `dispatch` tries for `class`, nearest first.
fn mro_of(class: &Value) -> Vec<Value> {
    match class {
        Value::Class(c) => c.full_mro(),
        Value::Type(t) => builtin_mro(t),
        other => vec![other.clone(), Value::Type("object")],
    }
}

impl Dispatcher {
    /// `dispatch(cls)`: the implementation registered for the nearest class of its MRO.
    fn dispatch(&self, class: &Value) -> Value {
        let registry = self.registry.borrow();
        for c in mro_of(class) {
            if let Some((_, f)) = registry.iter().find(|(k, _)| values_equal(k, &c)) {
                return f.clone();
            }
        }
        self.func.clone()
    }

    fn register(&self, class: Value, func: Value) {
        let mut registry = self.registry.borrow_mut();
        match registry.iter_mut().find(|(k, _)| values_equal(k, &class)) {
            Some(slot) => slot.1 = func,
            None => registry.push((class, func)),
        }
    }

    fn registry_dict(&self) -> Res<Value> {
        let mut map = DictMap::default();
        for (k, v) in self.registry.borrow().iter() {
            map.insert(hashable(k.clone())?, v.clone());
        }
        Ok(Value::Dict(Rc::new(RefCell::new(map))))
    }

    fn funcname(&self, vm: &mut Vm) -> String {
        match super::function_like::attr(vm, &self.func, "__name__") {
            Ok(Value::Str(s)) => s.to_string(),
            _ => "singledispatch function".to_string(),
        }
    }

    /// `f.register(cls, func=None)`.
    fn register_call(&self, vm: &mut Vm, this: &Value, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
        let cls = args.first().or_else(|| super::natives::kwarg(&kwargs, "cls")).cloned();
        let func = args.get(1).or_else(|| super::natives::kwarg(&kwargs, "func")).cloned();
        let Some(cls) = cls else {
            return type_error("register() missing 1 required positional argument: 'cls'");
        };
        refuse_library_class(&cls)?;
        if is_class(&cls) {
            return match func {
                None => Ok(Value::Native(Rc::new(Register { dispatcher: this.clone(), class: cls }))),
                Some(f) => {
                    self.register(cls, f.clone());
                    Ok(f)
                }
            };
        }
        if func.is_some() {
            let shown = crate::python::vm::instances::display(vm, &cls, true)?;
            return Err(register_error(864, format!("Invalid first argument to `register()`. {shown} is not a class or union type.")));
        }
        let class = annotated_class(vm, &cls)?;
        self.register(class, cls.clone());
        Ok(cls)
    }
}

/// The class `@f.register` reads from `func`'s first annotation, as
/// functools.py does with `get_type_hints(func)`.
fn annotated_class(vm: &mut Vm, func: &Value) -> Res<Value> {
    let thunk = match func {
        Value::Function(f) => f.meta.borrow().annotations.clone(),
        _ => None,
    };
    let Some(thunk) = thunk else {
        let shown = crate::python::vm::instances::display(vm, func, true)?;
        return Err(register_error(
            870,
            format!("Invalid first argument to `register()`: {shown}. Use either `@register(some_class)` or plain `@register` on an annotated function."),
        ));
    };
    let Value::Dict(d) = vm.call(&thunk, Vec::new(), Vec::new())? else {
        return type_error("annotations must be a dict");
    };
    let first = d.borrow().iter().next().map(|(k, v)| (k.0.clone(), v.clone()));
    let Some((name, class)) = first else {
        return type_error("annotations must not be empty");
    };
    refuse_library_class(&class)?;
    if let Value::Str(_) = class {
        return Err(exc("NotImplementedError", "looplab does not resolve string annotations: register with @f.register(SomeClass)"));
    }
    if !is_class(&class) {
        let shown = crate::python::vm::instances::display(vm, &class, true)?;
        return Err(register_error(887, format!("Invalid annotation for {}. {shown} is not a class.", name.repr())));
    }
    Ok(class)
}

impl NativeObject for Dispatcher {
    /// A function, so that a `singledispatchmethod` binds to its instance.
    fn type_name(&self) -> &'static str {
        "function"
    }
    fn repr(&self) -> String {
        super::function_like::repr(&self.func)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        &["__call__", "register", "dispatch", "_clear_cache"]
    }
}

impl StdObject for Dispatcher {
    fn attr(&self, vm: &mut Vm, name: &str) -> Option<Res<Value>> {
        match name {
            "registry" if !self.method => Some(self.registry_dict()),
            "func" if self.method => Some(Ok(self.func.clone())),
            "__wrapped__" | "__name__" | "__qualname__" | "__doc__" | "__module__" | "__dict__" => {
                Some(super::function_like::attr(vm, &self.func, name))
            }
            _ => None,
        }
    }
    fn call(&self, vm: &mut Vm, this: &Value, name: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
        match name {
            "register" => self.register_call(vm, this, args, kwargs),
            "dispatch" => match args.as_slice() {
                [cls] => Ok(self.dispatch(cls)),
                _ => type_error(format!("dispatch() takes 1 positional argument but {} were given", args.len())),
            },
            "_clear_cache" => Ok(Value::None),
            _ => {
                let at = usize::from(self.method);
                let Some(first) = args.get(at) else {
                    if self.method {
                        let e = exc("IndexError", "tuple index out of range");
                        let text = "method = self.dispatcher.dispatch(args[0].__class__)";
                        return Err(in_functools(e, 945, "_method", text, Some((34, 41))));
                    }
                    let e = exc("TypeError", format!("{} requires at least 1 positional argument", self.funcname(vm)));
                    return Err(in_functools(e, 906, "wrapper", "raise TypeError(f'{funcname} requires at least '", None));
                };
                let implementation = self.dispatch(&type_of(first));
                vm.call(&implementation, args, kwargs).map_err(|e| match self.method {
                    true => in_functools(e, 946, "_method", "return method.__get__(obj, cls)(*args, **kwargs)", Some((7, 48))),
                    false => in_functools(e, 909, "wrapper", "return dispatch(args[0].__class__)(*args, **kw)", Some((7, 47))),
                })
            }
        }
    }
}

impl NativeObject for Register {
    fn type_name(&self) -> &'static str {
        "function"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        &["__call__"]
    }
}

impl StdObject for Register {
    fn call(&self, _vm: &mut Vm, _this: &Value, _name: &str, args: Vec<Value>, _kwargs: Kwargs) -> Res<Value> {
        let [func] = args.as_slice() else {
            return type_error(format!("register() takes 1 positional argument but {} were given", args.len()));
        };
        if let Value::Native(n) = &self.dispatcher
            && let Some(d) = downcast::<Dispatcher>(n)
        {
            d.register(self.class.clone(), func.clone());
        }
        Ok(func.clone())
    }
}

/// The [`StdObject`] behind a dispatcher or its `register` decorator.
pub fn as_std(n: &Rc<dyn NativeObject>) -> Option<&dyn StdObject> {
    if let Some(d) = downcast::<Dispatcher>(n) {
        return Some(d);
    }
    downcast::<Register>(n).map(|r| r as &dyn StdObject)
}

//! contextlib's `closing(thing)` and `aclosing(thing)`: managers that
//! give back `thing` and call its `close()` / await its `aclose()` on the
//! way out, as Lib/contextlib.py's classes do.

use std::any::Any;
use std::rc::Rc;

use super::natives::StdObject;
use crate::python::object::errors::{Res, type_error};
use crate::python::object::native::{NativeObject, downcast};
use crate::python::object::traceback::TbEntry;
use crate::python::object::value::Value;
use crate::python::vm::attributes::load_attr;
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

/// `contextlib.closing(thing)` or, `is_async`, `contextlib.aclosing(thing)`.
pub struct Closing {
    thing: Value,
    is_async: bool,
}

/// `closing(thing)` / `aclosing(thing)`.
pub fn new(is_async: bool, args: &[Value], kwargs: &Kwargs) -> Res<Value> {
    let name = if is_async { "aclosing" } else { "closing" };
    match (args, kwargs.is_empty()) {
        ([thing], true) => Ok(Value::Native(Rc::new(Closing { thing: thing.clone(), is_async }))),
        ([], true) => type_error(format!("{name}.__init__() missing 1 required positional argument: 'thing'")),
        _ => type_error(format!("{name}.__init__() takes 2 positional arguments but {} were given", args.len() + 1)),
    }
}

impl NativeObject for Closing {
    fn type_name(&self) -> &'static str {
        if self.is_async { "aclosing" } else { "closing" }
    }
    fn repr(&self) -> String {
        format!("<contextlib.{} object at 0x7f0000000000>", self.type_name())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        if self.is_async { &["__aenter__", "__aexit__"] } else { &["__enter__", "__exit__"] }
    }
}

impl StdObject for Closing {
    fn attr(&self, _vm: &mut Vm, name: &str) -> Option<Res<Value>> {
        (name == "thing").then(|| Ok(self.thing.clone()))
    }
    fn call(&self, vm: &mut Vm, _this: &Value, name: &str, _args: Vec<Value>, _kwargs: Kwargs) -> Res<Value> {
        match name {
            "__enter__" => Ok(self.thing.clone()),
            "__aenter__" => Ok(super::contextlib_stacks::ready(self.thing.clone())),
            _ => {
                let (method, line, text) = if self.is_async {
                    ("aclose", 386, "await self.thing.aclose()")
                } else {
                    ("close", 360, "self.thing.close()")
                };
                let result = load_attr(vm, &self.thing, method).and_then(|m| vm.call(&m, Vec::new(), Vec::new()));
                let func = if self.is_async { "__aexit__" } else { "__exit__" };
                result.map_err(|e| {
                    e.traceback.borrow_mut().push(TbEntry::library("contextlib.py", line, func, text, None));
                    e
                })
            }
        }
    }
}

/// `with` / `async with` on a closing manager (`None` when `manager` is not one).
pub fn with_statement(vm: &mut Vm, manager: &Value, enter: bool, is_async: bool) -> Option<Res<Value>> {
    let Value::Native(n) = manager else { return None };
    let c = downcast::<Closing>(n)?;
    if c.is_async != is_async {
        let what = if is_async { "the asynchronous context manager" } else { "the context manager" };
        return Some(type_error(format!("'{}' object does not support {what} protocol", c.type_name())));
    }
    let name = match (is_async, enter) {
        (false, true) => "__enter__",
        (false, false) => "__exit__",
        (true, true) => "__aenter__",
        (true, false) => "__aexit__",
    };
    Some(c.call(vm, manager, name, Vec::new(), Vec::new()))
}

/// The [`StdObject`] of a closing manager, for the library's lookups.
pub fn as_std(n: &Rc<dyn NativeObject>) -> Option<&dyn StdObject> {
    n.as_any().downcast_ref::<Closing>().map(|c| c as &dyn StdObject)
}

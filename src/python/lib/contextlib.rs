//! The `contextlib` module's two plain managers, suppress and nullcontext;
//! the generator-based managers, the exit stacks and closing live in
//! `contextlib_managers.rs`, `contextlib_stacks.rs` and `contextlib_closing.rs`.

use std::any::Any;
use std::rc::Rc;

use super::natives::{StdObject, arg};
use crate::python::object::errors::{ExcObj, Res};
use crate::python::object::native::NativeObject;
use crate::python::object::value::Value;
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::{Vm, exception_matches};

/// The functions this file provides, as `contextlib.name`.
pub const FUNCTIONS: &[&str] = &["contextlib.suppress", "contextlib.nullcontext"];

/// `contextlib.name`, if this file provides it.
pub fn attr(name: &str) -> Option<Value> {
    FUNCTIONS.iter().find(|f| f.strip_prefix("contextlib.") == Some(name)).map(|f| Value::Builtin(f))
}

/// A context manager of this file.
pub enum Manager {
    /// `suppress(*exceptions)`.
    Suppress(Value),
    /// `nullcontext(enter_result)`.
    Null(Value),
}

/// Calls `contextlib.func(…)`, if this file provides it.
pub fn call(func: &str, args: Vec<Value>, kwargs: Kwargs) -> Option<Res<Value>> {
    let manager = match func {
        "suppress" => Manager::Suppress(Value::tuple(args)),
        "nullcontext" => Manager::Null(arg(&args, &kwargs, 0, "enter_result").cloned().unwrap_or(Value::None)),
        _ => return None,
    };
    Some(Ok(Value::Native(Rc::new(manager))))
}

/// The exception leaving the `with` block, from `__exit__`'s arguments.
fn leaving(args: &[Value]) -> Option<Rc<ExcObj>> {
    match args.get(1) {
        Some(Value::Exc(e)) => Some(e.clone()),
        _ => None,
    }
}

impl NativeObject for Manager {
    fn type_name(&self) -> &'static str {
        match self {
            Manager::Suppress(_) => "suppress",
            Manager::Null(_) => "nullcontext",
        }
    }
    fn class_name(&self) -> &'static str {
        match self {
            Manager::Suppress(_) => "contextlib.suppress",
            Manager::Null(_) => "contextlib.nullcontext",
        }
    }
    fn repr(&self) -> String {
        format!("<{} object at 0x7f0000000000>", self.class_name())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        &["__enter__", "__exit__"]
    }
}

impl StdObject for Manager {
    fn call(&self, _vm: &mut Vm, _this: &Value, name: &str, args: Vec<Value>, _kwargs: Kwargs) -> Res<Value> {
        match (self, name) {
            (Manager::Suppress(_), "__enter__") => Ok(Value::None),
            (Manager::Suppress(excs), _) => match leaving(&args) {
                Some(e) => Ok(Value::Bool(exception_matches(&e, excs)?)),
                None => Ok(Value::Bool(false)),
            },
            (Manager::Null(v), "__enter__") => Ok(v.clone()),
            (Manager::Null(_), _) => Ok(Value::Bool(false)),
        }
    }
}

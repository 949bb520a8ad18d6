//! The `contextlib` module's synchronous helpers: suppress, nullcontext,
//! closing, and contextmanager over a generator function.

use std::any::Any;
use std::rc::Rc;

use super::natives::{StdObject, arg};
use crate::python::object::errors::{ExcObj, Res, exc, type_error};
use crate::python::object::native::NativeObject;
use crate::python::object::value::Value;
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::{FrameResult, Vm, exception_matches};

/// The module's functions, as `contextlib.name`.
pub const FUNCTIONS: &[&str] =
    &["contextlib.suppress", "contextlib.nullcontext", "contextlib.closing", "contextlib.contextmanager"];

/// `contextlib.name`.
pub fn attr(name: &str) -> Option<Value> {
    FUNCTIONS.iter().find(|f| f.strip_prefix("contextlib.") == Some(name)).map(|f| Value::Builtin(f))
}

/// A context manager of this module.
pub enum Manager {
    /// `suppress(*exceptions)`.
    Suppress(Value),
    /// `nullcontext(enter_result)`.
    Null(Value),
    /// `closing(thing)`.
    Closing(Value),
    /// `contextmanager(func)`: calling it makes a [`Manager::Generator`].
    Factory(Value),
    /// A generator-based manager: the generator made by the call.
    Generator(Value),
}

fn native(m: Manager) -> Value {
    Value::Native(Rc::new(m))
}

/// Calls `contextlib.func(…)`.
pub fn call(_vm: &mut Vm, func: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    Ok(native(match func {
        "suppress" => Manager::Suppress(Value::tuple(args)),
        "nullcontext" => Manager::Null(arg(&args, &kwargs, 0, "enter_result").cloned().unwrap_or(Value::None)),
        "closing" => match args.as_slice() {
            [thing] => Manager::Closing(thing.clone()),
            _ => return type_error(format!("closing.__init__() takes 2 positional arguments but {} were given", args.len() + 1)),
        },
        "contextmanager" => match args.as_slice() {
            [f] => Manager::Factory(f.clone()),
            _ => return type_error(format!("contextmanager() takes 1 positional argument but {} were given", args.len())),
        },
        _ => return Err(exc("AttributeError", format!("module 'contextlib' has no attribute '{func}'"))),
    }))
}

/// The exception leaving the `with` block, from `__exit__`'s arguments.
fn leaving(args: &[Value]) -> Option<Rc<ExcObj>> {
    match args.get(1) {
        Some(Value::Exc(e)) => Some(e.clone()),
        _ => None,
    }
}

fn generator_exit(vm: &mut Vm, generator: &Value, args: &[Value]) -> Res<Value> {
    let Value::Gen(g) = generator else {
        return type_error("contextmanager: the function did not return a generator");
    };
    match leaving(args) {
        None => match vm.resume(g, Value::None, None) {
            FrameResult::Yield(_) => Err(exc("RuntimeError", "generator didn't stop")),
            FrameResult::Return(_) => Ok(Value::Bool(false)),
            FrameResult::Raise(e) => Err(e),
        },
        Some(e) => match vm.resume(g, Value::None, Some(e.clone())) {
            FrameResult::Yield(_) => Err(exc("RuntimeError", "generator didn't stop after throw()")),
            FrameResult::Return(_) => Ok(Value::Bool(true)),
            FrameResult::Raise(raised) if Rc::ptr_eq(&raised, &e) => Ok(Value::Bool(false)),
            FrameResult::Raise(raised) => Err(raised),
        },
    }
}

impl NativeObject for Manager {
    fn type_name(&self) -> &'static str {
        match self {
            Manager::Suppress(_) => "suppress",
            Manager::Null(_) => "nullcontext",
            Manager::Closing(_) => "closing",
            Manager::Factory(_) => "function",
            Manager::Generator(_) => "_GeneratorContextManager",
        }
    }
    fn class_name(&self) -> &'static str {
        match self {
            Manager::Suppress(_) => "contextlib.suppress",
            Manager::Null(_) => "contextlib.nullcontext",
            Manager::Closing(_) => "contextlib.closing",
            Manager::Factory(_) => "function",
            Manager::Generator(_) => "contextlib._GeneratorContextManager",
        }
    }
    fn repr(&self) -> String {
        format!("<{} object at 0x7f0000000000>", self.class_name())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        match self {
            Manager::Factory(_) => &["__call__"],
            _ => &["__enter__", "__exit__"],
        }
    }
}

impl StdObject for Manager {
    fn call(&self, vm: &mut Vm, _this: &Value, name: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
        match (self, name) {
            (Manager::Factory(f), _) => Ok(native(Manager::Generator(vm.call(f, args, kwargs)?))),
            (Manager::Suppress(_), "__enter__") => Ok(Value::None),
            (Manager::Suppress(excs), _) => match leaving(&args) {
                Some(e) => Ok(Value::Bool(exception_matches(&e, excs)?)),
                None => Ok(Value::Bool(false)),
            },
            (Manager::Null(v), "__enter__") => Ok(v.clone()),
            (Manager::Closing(thing), "__enter__") => Ok(thing.clone()),
            (Manager::Closing(thing), _) => {
                let close = vm.lib.get_attr(vm, thing, "close")?;
                vm.call(&close, Vec::new(), Vec::new())?;
                Ok(Value::Bool(false))
            }
            (Manager::Generator(generator), "__enter__") => {
                let Value::Gen(g) = generator else {
                    return type_error(format!("'{}' object is not an iterator", generator.type_name()));
                };
                match vm.resume(g, Value::None, None) {
                    FrameResult::Yield(v) => Ok(v),
                    FrameResult::Return(_) => Err(exc("RuntimeError", "generator didn't yield")),
                    FrameResult::Raise(e) => Err(e),
                }
            }
            (Manager::Generator(generator), _) => generator_exit(vm, generator, &args),
            _ => Ok(Value::Bool(false)),
        }
    }
}

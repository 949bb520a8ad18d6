//! What the library's function-like wrappers share (`@contextmanager`'s
//! helper, a function decorated by a manager, `wraps` on a non-function,
//! `lru_cache`, `singledispatch`): they show and answer as the function
//! they wrap, as functools.update_wrapper makes CPython's wrappers do.

use crate::python::object::errors::Res;
use crate::python::object::value::Value;
use crate::python::vm::machine::Vm;

/// The repr of a wrapper around `func`: the function's own.
pub fn repr(func: &Value) -> String {
    match func {
        Value::Function(f) => format!("<function {} at 0x7f0000000000>", f.code.qualname),
        other => other.repr(),
    }
}

/// `wrapper.name`: `__wrapped__` is `func`, anything else is read from it.
pub fn attr(vm: &mut Vm, func: &Value, name: &str) -> Res<Value> {
    match name {
        "__wrapped__" => Ok(func.clone()),
        _ => {
            let lib = vm.lib;
            lib.get_attr(vm, func, name)
        }
    }
}

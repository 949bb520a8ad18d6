//! Built-in objects used with `with`: the context-manager protocol of objects
//! that are not instances of user classes.

use super::value::Value;
use super::vm::{Res, Vm, type_error};

/// `with obj:` on a built-in object: `__enter__` (`enter`) or `__exit__`.
/// No built-in object of the subset is a context manager yet.
pub fn context_manager(_vm: &mut Vm, obj: &Value, _enter: bool, _args: Vec<Value>) -> Res<Value> {
    type_error(format!("'{}' object does not support the context manager protocol", obj.type_name()))
}

//! The `sys` module's deterministic parts beyond `exit` and `argv`:
//! `stdout` / `stderr` `write` and `flush`, `version_info`, `platform`,
//! `maxsize`, `getrecursionlimit`, `exc_info`.

use super::collections::namedtuple::Shape;
use crate::python::object::errors::{Res, type_error};
use crate::python::object::value::Value;
use crate::python::vm::machine::Vm;

/// The names this room adds to `sys`, `sys.stdout` and `sys.stderr`.
pub const NAMES: &[&str] = &[
    "sys.getrecursionlimit", "sys.exc_info", "sys.stdout.write", "sys.stdout.flush", "sys.stderr.write",
    "sys.stderr.flush",
];

/// `sys.name`, `sys.stdout.name` or `sys.stderr.name`.
pub fn attr(module: &str, name: &str) -> Option<Value> {
    if module == "sys" {
        match name {
            "version_info" => {
                let shape = Shape::builtin("sys.version_info", "sys.", &["major", "minor", "micro", "releaselevel", "serial"], Vec::new());
                return Some(shape.instance(vec![Value::Int(3), Value::Int(11), Value::Int(7), Value::str("final"), Value::Int(0)]));
            }
            "platform" => return Some(Value::str("linux")),
            "maxsize" => return Some(Value::Int(i64::MAX)),
            "byteorder" => return Some(Value::str("little")),
            _ => {}
        }
    }
    NAMES.iter().find(|n| n.rsplit_once('.') == Some((module, name))).map(|n| Value::Builtin(n))
}

/// Calls `sys.func(…)` for a function in [`NAMES`] (`func` is `stdout.write`
/// for `sys.stdout.write`).
pub fn call(vm: &mut Vm, func: &str, args: Vec<Value>) -> Res<Value> {
    match func {
        "getrecursionlimit" => Ok(Value::Int(1000)),
        "exc_info" => Ok(match vm.handled_exception() {
            Some(e) => Value::tuple(vec![Value::Type(e.kind_static()), Value::Exc(e), Value::None]),
            None => Value::tuple(vec![Value::None, Value::None, Value::None]),
        }),
        "stdout.flush" | "stderr.flush" => Ok(Value::None),
        _ => {
            let [text] = args.as_slice() else {
                return type_error(format!("TextIOWrapper.write() takes exactly one argument ({} given)", args.len()));
            };
            let Value::Str(s) = text else {
                return type_error(format!("write() argument must be str, not {}", text.type_name()));
            };
            vm.write(s, func.starts_with("stderr"));
            Ok(Value::Int(s.chars().count() as i64))
        }
    }
}

/// Whether `func` (after `sys.`) is one of this room's.
pub fn owns(func: &str) -> bool {
    NAMES.iter().any(|n| n.strip_prefix("sys.") == Some(func))
}

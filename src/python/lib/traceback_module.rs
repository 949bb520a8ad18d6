//! The `traceback` module's printing functions: `print_exc`, `format_exc`,
//! `print_exception`, `format_exception`, which show an exception as an
//! uncaught one is shown.

use std::rc::Rc;

use super::builtins::arg_count;
use crate::python::object::errors::{ExcObj, Res, format_exception, type_error};
use crate::python::object::value::Value;
use crate::python::vm::machine::Vm;

const FUNCTIONS: &[&str] =
    &["traceback.print_exc", "traceback.format_exc", "traceback.print_exception", "traceback.format_exception"];

/// `traceback.name`, if the module has it.
pub fn attr(name: &str) -> Option<Value> {
    FUNCTIONS.iter().find(|f| f.strip_prefix("traceback.") == Some(name)).map(|f| Value::Builtin(f))
}

fn text_of(vm: &Vm, e: &Rc<ExcObj>) -> String {
    let (filename, source) = vm.program.clone();
    format_exception(e, &filename, &source)
}

/// The exception being handled, as `print_exc` shows it (`NoneType: None`
/// when there is none).
fn current_text(vm: &Vm) -> String {
    match vm.current_exception() {
        Some(e) => text_of(vm, &e),
        None => "NoneType: None\n".to_string(),
    }
}

/// The exception `print_exception(exc)` / `print_exception(type, value, tb)` shows.
fn exception_arg(name: &str, args: &[Value]) -> Res<Option<Rc<ExcObj>>> {
    arg_count(name, args, 1, 3)?;
    let value = if args.len() == 1 { &args[0] } else { args.get(1).unwrap_or(&Value::None) };
    match value {
        Value::Exc(e) => Ok(Some(e.clone())),
        Value::None => Ok(None),
        other => type_error(format!("Exception expected for value, {} found", other.type_name())),
    }
}

/// The pieces `format_exception` returns: the header, one per frame (with
/// its source and marker lines), and the message lines.
fn pieces(text: &str) -> Vec<Value> {
    let mut out: Vec<String> = Vec::new();
    for line in text.split_inclusive('\n') {
        match out.last_mut() {
            Some(last) if line.starts_with("    ") => last.push_str(line),
            _ => out.push(line.to_string()),
        }
    }
    out.iter().map(|s| Value::str(s)).collect()
}

/// Calls `traceback.func(*args)`.
pub fn call(vm: &mut Vm, func: &str, args: Vec<Value>) -> Res<Value> {
    match func {
        "print_exc" => {
            arg_count("print_exc", &args, 0, 2)?;
            let text = current_text(vm);
            vm.write(&text, true);
            Ok(Value::None)
        }
        "format_exc" => {
            arg_count("format_exc", &args, 0, 2)?;
            Ok(Value::str(&current_text(vm)))
        }
        "print_exception" => {
            let text = match exception_arg(func, &args)? {
                Some(e) => text_of(vm, &e),
                None => "NoneType: None\n".to_string(),
            };
            vm.write(&text, true);
            Ok(Value::None)
        }
        "format_exception" => {
            let text = match exception_arg(func, &args)? {
                Some(e) => text_of(vm, &e),
                None => "NoneType: None\n".to_string(),
            };
            Ok(Value::list(pieces(&text)))
        }
        other => type_error(format!("module 'traceback' has no attribute '{other}'")),
    }
}

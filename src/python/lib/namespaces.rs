//! `globals()` and `locals()` at module level: a dict of the module's
//! variables, after the entries a module run as `__main__` starts with (a
//! snapshot: assigning into it does not create a variable).

use std::cell::RefCell;
use std::rc::Rc;

use crate::python::object::errors::Res;
use crate::python::object::value::{DictMap, Key, Value};
use crate::python::vm::machine::Vm;

/// `globals()` (and `locals()` where the module is the scope).
pub fn globals(vm: &mut Vm, name: &str, args: &[Value]) -> Res<Value> {
    super::builtins::arg_count(name, args, 0, 0)?;
    let mut map = DictMap::new();
    let file = Value::str(&vm.program.0);
    let dunders = [
        ("__name__", Value::str("__main__")),
        ("__doc__", Value::None),
        ("__package__", Value::None),
        ("__loader__", Value::None),
        ("__spec__", Value::None),
        ("__file__", file),
        ("__cached__", Value::None),
        ("__builtins__", Value::Module("builtins")),
    ];
    for (k, v) in dunders {
        map.insert(Key(Value::str(k)), v);
    }
    for (name, value) in vm.global_names.iter().zip(vm.globals.iter()) {
        if let Some(v) = value {
            map.insert(Key(Value::Str(name.clone())), v.clone());
        }
    }
    Ok(Value::Dict(Rc::new(RefCell::new(map))))
}

/// `input(prompt)`: there is no console to read from (as CPython with its
/// standard input closed), so the prompt is written and EOFError raised.
pub fn input(vm: &mut Vm, args: &[Value]) -> Res<Value> {
    if args.len() > 1 {
        return crate::python::object::errors::type_error(format!("input expected at most 1 argument, got {}", args.len()));
    }
    if let Some(prompt) = args.first() {
        let text = crate::python::vm::instances::display(vm, prompt, false)?;
        vm.write(&text, false);
    }
    Err(crate::python::object::errors::exc("EOFError", "EOF when reading a line"))
}

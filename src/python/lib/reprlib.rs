//! `reprlib.repr`: the size-limited repr asyncio uses for results and
//! callback arguments in its reprs (CPython 3.11 Lib/reprlib.py, with the
//! default limits of `reprlib.aRepr`).

use crate::python::object::errors::Res;
use crate::python::object::value::Value;
use crate::python::vm::instances::display;
use crate::python::vm::machine::Vm;

const MAX_LEVEL: usize = 6;
const MAX_TUPLE: usize = 6;
const MAX_LIST: usize = 6;
const MAX_SET: usize = 6;
const MAX_DICT: usize = 4;
const MAX_STRING: usize = 30;
const MAX_LONG: usize = 40;
const MAX_OTHER: usize = 30;

/// `reprlib.repr(v)`.
pub fn short_repr(vm: &mut Vm, v: &Value) -> Res<String> {
    repr1(vm, v, MAX_LEVEL)
}

fn repr1(vm: &mut Vm, v: &Value, level: usize) -> Res<String> {
    Ok(match v {
        Value::Str(s) => {
            let head: String = s.chars().take(MAX_STRING).collect();
            elide(&Value::str(&head).repr(), MAX_STRING)
        }
        Value::Int(_) | Value::Big(_) => elide(&display(vm, v, true)?, MAX_LONG),
        Value::List(items) => {
            let items = items.borrow().clone();
            iterable(vm, &items, level, ("[", "]"), MAX_LIST, "")?
        }
        Value::Tuple(items) => iterable(vm, items, level, ("(", ")"), MAX_TUPLE, ",")?,
        Value::Set(items) => {
            if items.borrow().is_empty() {
                return Ok("set()".into());
            }
            let items = possibly_sorted(vm, v)?;
            iterable(vm, &items, level, ("{", "}"), MAX_SET, "")?
        }
        Value::Dict(d) => {
            let n = d.borrow().len();
            if n == 0 {
                return Ok("{}".into());
            }
            if level == 0 {
                return Ok("{...}".into());
            }
            let mut pieces = Vec::new();
            for key in possibly_sorted(vm, v)?.into_iter().take(MAX_DICT) {
                let value = crate::python::object::value::Key::new(key.clone())
                    .ok()
                    .and_then(|k| d.borrow().get(&k).cloned())
                    .unwrap_or(Value::None);
                pieces.push(format!("{}: {}", repr1(vm, &key, level - 1)?, repr1(vm, &value, level - 1)?));
            }
            if n > MAX_DICT {
                pieces.push("...".into());
            }
            format!("{{{}}}", pieces.join(", "))
        }
        other => elide(&display(vm, other, true)?, MAX_OTHER),
    })
}

/// `Repr._repr_iterable`.
fn iterable(vm: &mut Vm, items: &[Value], level: usize, (left, right): (&str, &str), max: usize, trail: &str) -> Res<String> {
    let n = items.len();
    let body = if level == 0 && n > 0 {
        "...".to_string()
    } else {
        let mut pieces = Vec::new();
        for item in items.iter().take(max) {
            pieces.push(repr1(vm, item, level.saturating_sub(1))?);
        }
        if n > max {
            pieces.push("...".into());
        }
        pieces.join(", ")
    };
    let trail = if n == 1 { trail } else { "" };
    Ok(format!("{left}{body}{trail}{right}"))
}

/// `_possibly_sorted`: the items sorted if they can be, else as iterated.
fn possibly_sorted(vm: &mut Vm, v: &Value) -> Res<Vec<Value>> {
    let items = vm.collect(v)?;
    match super::builtins::call_builtin(vm, "sorted", vec![Value::list(items.clone())], Vec::new()) {
        Ok(Value::List(sorted)) => Ok(sorted.borrow().clone()),
        _ => Ok(items),
    }
}

/// Keeps the head and tail of a repr longer than `max`, with `...` between.
fn elide(s: &str, max: usize) -> String {
    let chars: Vec<char> = s.chars().collect();
    if chars.len() <= max {
        return s.to_string();
    }
    let i = (max - 3) / 2;
    let j = max - 3 - i;
    let head: String = chars[..i].iter().collect();
    let tail: String = chars[chars.len() - j..].iter().collect();
    format!("{head}...{tail}")
}

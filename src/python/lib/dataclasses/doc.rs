//! The docstring dataclasses.py gives a class without one: its name and
//! `__init__`'s signature as `inspect.signature` shows it
//! (`Job(name: str, priority: int = 1, tags: list = <factory>)`).

use super::field::is_missing;
use super::methods::Spec;
use crate::python::object::value::Value;

/// `inspect.formatannotation`: a class by its qualified name (a builtin's
/// bare), a typing form without `typing.`, anything else by its repr.
fn annotation(v: &Value) -> String {
    match v {
        Value::Type(t) => t.to_string(),
        Value::Class(c) => format!("__main__.{}", c.qualname),
        Value::Native(n) if n.type_name() == "_GenericAlias" => {
            let text = v.repr();
            match text.strip_prefix("<class '") {
                Some(inner) => inner.trim_end_matches("'>").to_string(),
                None => text.replace("typing.", ""),
            }
        }
        Value::Builtin(name) => match name.split_once('.') {
            Some(("asyncio", class @ ("Queue" | "PriorityQueue" | "LifoQueue"))) => format!("asyncio.queues.{class}"),
            Some(("asyncio", class @ ("Lock" | "Event" | "Semaphore" | "BoundedSemaphore" | "Condition"))) => {
                format!("asyncio.locks.{class}")
            }
            Some(("collections", _)) => name.to_string(),
            _ => v.repr(),
        },
        other => other.repr(),
    }
}

fn parameter((name, f): &&Spec) -> String {
    let default = if !is_missing(&f.default) {
        format!(" = {}", f.default.repr())
    } else if !is_missing(&f.default_factory) {
        " = <factory>".to_string()
    } else {
        String::new()
    };
    format!("{name}: {}{default}", annotation(&f.ty))
}

/// `Name(params)` for the generated `__init__`'s standard and keyword-only
/// parameters.
pub fn doc(name: &str, std: &[&Spec], kw_only: &[&Spec]) -> String {
    let mut params: Vec<String> = std.iter().map(parameter).collect();
    if !kw_only.is_empty() {
        params.push("*".to_string());
        params.extend(kw_only.iter().map(parameter));
    }
    format!("{name}({})", params.join(", "))
}

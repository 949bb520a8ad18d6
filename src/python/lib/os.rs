//! The deterministic parts of `os` (the environment is empty, so `getenv`
//! gives its default) and `os.path`'s pure string functions, as posixpath.

use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::value::Value;
use crate::python::vm::library::Kwargs;

use super::natives::arg;

/// The functions of `os` and `os.path` this room provides.
pub const NAMES: &[&str] = &[
    "os.getenv", "os.path.join", "os.path.basename", "os.path.dirname", "os.path.splitext", "os.path.split",
    "os.path.isabs", "os.path.exists", "os.path.normpath",
];

/// `os.name` / `os.path.name` for the names of this room.
pub fn attr(module: &str, name: &str) -> Option<Value> {
    match (module, name) {
        ("os", "path") => return Some(Value::Module("os.path")),
        ("os", "sep") | ("os.path", "sep") => return Some(Value::str("/")),
        ("os", "linesep") => return Some(Value::str("\n")),
        ("os", "name") => return Some(Value::str("posix")),
        ("os", "environ") => return Some(Value::Dict(Default::default())),
        _ => {}
    }
    NAMES.iter().find(|n| n.rsplit_once('.') == Some((module, name))).map(|n| Value::Builtin(n))
}

fn text<'a>(v: Option<&'a Value>, func: &str) -> Res<&'a str> {
    match v {
        Some(Value::Str(s)) => Ok(s),
        Some(other) => type_error(format!("expected str, bytes or os.PathLike object, not {}", other.type_name())),
        None => type_error(format!("{func}() missing 1 required positional argument")),
    }
}

fn split(p: &str) -> (String, String) {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    let (head, tail) = p.split_at(i);
    let trimmed = head.trim_end_matches('/');
    let head = if trimmed.is_empty() { head } else { trimmed };
    (head.to_string(), tail.to_string())
}

fn normpath(p: &str) -> String {
    if p.is_empty() {
        return ".".to_string();
    }
    let initial = if p.starts_with("//") && !p.starts_with("///") { 2 } else if p.starts_with('/') { 1 } else { 0 };
    let mut parts: Vec<&str> = Vec::new();
    for c in p.split('/') {
        match c {
            "" | "." => {}
            ".." if initial == 0 && (parts.is_empty() || parts.last() == Some(&"..")) => parts.push(c),
            ".." => {
                parts.pop();
            }
            c => parts.push(c),
        }
    }
    let joined = format!("{}{}", "/".repeat(initial), parts.join("/"));
    if joined.is_empty() { ".".to_string() } else { joined }
}

/// Calls `os.func(…)` or `os.path.func(…)` (`func` after `os.`).
pub fn call(func: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    match func {
        "getenv" => {
            text(arg(&args, &kwargs, 0, "key"), "getenv")?;
            Ok(arg(&args, &kwargs, 1, "default").cloned().unwrap_or(Value::None))
        }
        "path.join" => {
            let mut out = text(args.first(), "join")?.to_string();
            for a in &args[1..] {
                let b = text(Some(a), "join")?;
                if b.starts_with('/') {
                    out = b.to_string();
                } else if out.is_empty() || out.ends_with('/') {
                    out.push_str(b);
                } else {
                    out.push('/');
                    out.push_str(b);
                }
            }
            Ok(Value::str(&out))
        }
        "path.basename" => Ok(Value::str(&split(text(args.first(), "basename")?).1)),
        "path.dirname" => Ok(Value::str(&split(text(args.first(), "dirname")?).0)),
        "path.split" => {
            let (h, t) = split(text(args.first(), "split")?);
            Ok(Value::tuple(vec![Value::str(&h), Value::str(&t)]))
        }
        "path.splitext" => {
            let p = text(args.first(), "splitext")?;
            let name_start = p.rfind('/').map_or(0, |i| i + 1);
            let name = &p[name_start..];
            let stem_start = name.len() - name.trim_start_matches('.').len();
            let (root, ext) = match name[stem_start..].rfind('.') {
                Some(i) => p.split_at(name_start + stem_start + i),
                None => (p, ""),
            };
            Ok(Value::tuple(vec![Value::str(root), Value::str(ext)]))
        }
        "path.isabs" => Ok(Value::Bool(text(args.first(), "isabs")?.starts_with('/'))),
        "path.exists" => {
            text(args.first(), "exists")?;
            Ok(Value::Bool(false))
        }
        "path.normpath" => Ok(Value::str(&normpath(text(args.first(), "normpath")?))),
        _ => Err(exc("AttributeError", format!("module 'os' has no attribute '{func}'"))),
    }
}

//! The str methods that take `start` / `end` (find, rfind, index, rindex,
//! count, startswith, endswith: the bounds read as a slice's), and the
//! smaller ones kept out of methods.rs: removeprefix, removesuffix, isascii,
//! isidentifier, istitle, isprintable, expandtabs, format_map, translate and
//! `str.maketrans`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::value::{DictMap, Key, Value};
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

/// The methods of this file, by name.
pub const METHODS: &[&str] = &[
    "rindex", "splitlines", "removeprefix", "removesuffix", "isascii", "isidentifier", "istitle", "isprintable", "expandtabs",
    "format_map", "translate", "maketrans",
];

/// The methods whose start / end this file reads.
pub const SEARCHES: &[&str] = &["find", "rfind", "index", "rindex", "count", "startswith", "endswith"];

/// The line boundaries `str.splitlines` splits at (`\r\n` counts as one).
const LINE_BREAKS: &[char] =
    &['\n', '\r', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\u{85}', '\u{2028}', '\u{2029}'];

/// Calls `s.name(*args)`, for a name of [`METHODS`] or [`SEARCHES`].
pub fn call(vm: &mut Vm, s: &str, name: &str, args: &[Value], kwargs: &Kwargs) -> Option<Res<Value>> {
    if SEARCHES.contains(&name) {
        return Some(search(s, name, args));
    }
    Some(match name {
        "removeprefix" | "removesuffix" => affix(s, name, args),
        "isascii" => Ok(Value::Bool(s.is_ascii())),
        "splitlines" => split_lines(s, args, kwargs),
        "isidentifier" => Ok(Value::Bool(is_identifier(s))),
        "istitle" => Ok(Value::Bool(is_title(s))),
        "isprintable" => Ok(Value::Bool(s.chars().all(crate::python::object::value::is_printable))),
        "expandtabs" => expand_tabs(s, args, kwargs),
        "format_map" => format_map(vm, s, args),
        "translate" => translate(vm, s, args),
        "maketrans" => maketrans(args),
        _ => return None,
    })
}

/// A start or end argument: an int, or None for the default.
pub fn bound(args: &[Value], i: usize) -> Res<Option<i64>> {
    match args.get(i) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(n)) => Ok(Some(*n)),
        Some(Value::Bool(b)) => Ok(Some(*b as i64)),
        Some(Value::Big(b)) => Ok(Some(if b.sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX })),
        Some(_) => type_error("slice indices must be integers or None or have an __index__ method"),
    }
}

/// CPython's `ADJUST_INDICES`: `start` and `end` as a slice reads them
/// (in chars, or a list's items); `None` when `start` is past the end
/// (nothing can match there).
pub fn window(len: usize, start: Option<i64>, end: Option<i64>) -> Option<(usize, usize)> {
    let len = len as i64;
    let adjust = |i: i64| if i < 0 { (i + len).max(0) } else { i };
    let start = adjust(start.unwrap_or(0));
    let end = adjust(end.unwrap_or(len)).min(len);
    (start <= len).then_some((start as usize, end.max(start) as usize))
}

/// The byte offset of char `i` of `s`.
fn byte_at(s: &str, i: usize) -> usize {
    s.char_indices().nth(i).map_or(s.len(), |(b, _)| b)
}

fn search(s: &str, name: &str, args: &[Value]) -> Res<Value> {
    if args.is_empty() || args.len() > 3 {
        return type_error(format!("{name}() takes from 1 to 3 arguments ({} given)", args.len()));
    }
    let len = s.chars().count();
    let window = window(len, bound(args, 1)?, bound(args, 2)?);
    if let "startswith" | "endswith" = name {
        let test = |p: &str| {
            window.is_some_and(|(a, b)| {
                let part = &s[byte_at(s, a)..byte_at(s, b)];
                if name == "startswith" { part.starts_with(p) } else { part.ends_with(p) }
            })
        };
        return match &args[0] {
            Value::Str(p) => Ok(Value::Bool(test(p))),
            Value::Tuple(t) => {
                for p in t.iter() {
                    match p {
                        Value::Str(p) if test(p) => return Ok(Value::Bool(true)),
                        Value::Str(_) => {}
                        other => {
                            return type_error(format!(
                                "tuple for {name} must only contain str, not {}",
                                other.class_name()
                            ));
                        }
                    }
                }
                Ok(Value::Bool(false))
            }
            other => type_error(format!(
                "{name} first arg must be str or a tuple of str, not {}",
                other.class_name()
            )),
        };
    }
    let Value::Str(sub) = &args[0] else {
        return type_error(format!("must be str, not {}", args[0].class_name()));
    };
    let Some((a, b)) = window else {
        return Ok(Value::Int(if name == "count" { 0 } else if name.ends_with("index") { return Err(not_found()) } else { -1 }));
    };
    let (from, part) = (byte_at(s, a), &s[byte_at(s, a)..byte_at(s, b)]);
    if name == "count" {
        let n = if sub.is_empty() { part.chars().count() + 1 } else { part.matches(&**sub).count() };
        return Ok(Value::Int(n as i64));
    }
    let found = if name.starts_with('r') { part.rfind(&**sub) } else { part.find(&**sub) };
    match found {
        Some(p) => Ok(Value::Int(s[..from + p].chars().count() as i64)),
        None if name.ends_with("index") => Err(not_found()),
        None => Ok(Value::Int(-1)),
    }
}

fn not_found() -> Rc<crate::python::object::errors::ExcObj> {
    exc("ValueError", "substring not found")
}

fn affix(s: &str, name: &str, args: &[Value]) -> Res<Value> {
    super::builtins::arg_count(name, args, 1, 1)?;
    let Value::Str(a) = &args[0] else {
        return type_error(format!("{name}() argument must be str, not {}", args[0].class_name()));
    };
    let kept = if name == "removeprefix" { s.strip_prefix(&**a) } else { s.strip_suffix(&**a) };
    Ok(Value::str(kept.unwrap_or(s)))
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c == '_' || c.is_alphabetic()) && chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// CPython's `str.istitle`: uppercase only after uncased characters,
/// lowercase only after cased ones, and at least one cased character.
fn is_title(s: &str) -> bool {
    let (mut cased, mut previous_cased) = (false, false);
    for c in s.chars() {
        if c.is_uppercase() {
            if previous_cased {
                return false;
            }
            (previous_cased, cased) = (true, true);
        } else if c.is_lowercase() {
            if !previous_cased {
                return false;
            }
            (previous_cased, cased) = (true, true);
        } else {
            previous_cased = false;
        }
    }
    cased
}

fn expand_tabs(s: &str, args: &[Value], kwargs: &Kwargs) -> Res<Value> {
    let size = match args.first().or_else(|| kwargs.iter().find(|(k, _)| &**k == "tabsize").map(|(_, v)| v)) {
        None => 8,
        Some(Value::Int(n)) => *n,
        Some(other) => return type_error(format!("'{}' object cannot be interpreted as an integer", other.class_name())),
    };
    Ok(Value::str(&expand_tabs_text(s, size)))
}

/// `s.expandtabs(size)`: each tab to the next multiple of `size` columns,
/// the column counted from the last line break.
pub fn expand_tabs_text(s: &str, size: i64) -> String {
    let mut out = String::with_capacity(s.len());
    let mut column = 0i64;
    for c in s.chars() {
        match c {
            '\t' if size > 0 => {
                let n = size - column % size;
                out.extend(std::iter::repeat_n(' ', n as usize));
                column += n;
            }
            '\t' => {}
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    out
}

fn format_map(vm: &mut Vm, s: &str, args: &[Value]) -> Res<Value> {
    super::builtins::arg_count("format_map", args, 1, 1)?;
    let Value::Dict(d) = &args[0] else {
        return type_error(format!("'{}' object is not subscriptable", args[0].class_name()));
    };
    let kwargs: Kwargs = d
        .borrow()
        .iter()
        .filter_map(|(k, v)| match &k.0 {
            Value::Str(k) => Some((k.clone(), v.clone())),
            _ => None,
        })
        .collect();
    Ok(Value::str(&crate::python::vm::format::str_format(vm, s, &[], &kwargs)?))
}

/// `str.maketrans(x[, y[, z]])`: the table `translate` reads.
fn maketrans(args: &[Value]) -> Res<Value> {
    super::builtins::arg_count("maketrans", args, 1, 3)?;
    let mut table = DictMap::default();
    let ord = |c: char| Key(Value::Int(c as i64));
    match (&args[0], args.get(1), args.get(2)) {
        (Value::Dict(d), None, None) => {
            for (k, v) in d.borrow().iter() {
                let key = match &k.0 {
                    Value::Str(c) if c.chars().count() == 1 => ord(c.chars().next().unwrap_or_default()),
                    Value::Int(_) => k.clone(),
                    _ => return Err(exc("ValueError", "string keys in translate table must be of length 1")),
                };
                table.insert(key, v.clone());
            }
        }
        (_, None, _) => return type_error("if you give only one argument to maketrans it must be a dict"),
        (Value::Str(x), Some(Value::Str(y)), z) => {
            if x.chars().count() != y.chars().count() {
                return Err(exc("ValueError", "the first two maketrans arguments must have equal length"));
            }
            for (a, b) in x.chars().zip(y.chars()) {
                table.insert(ord(a), Value::Int(b as i64));
            }
            match z {
                None => {}
                Some(Value::Str(z)) => z.chars().for_each(|c| {
                    table.insert(ord(c), Value::None);
                }),
                Some(other) => return type_error(format!("maketrans() argument 3 must be str, not {}", other.class_name())),
            }
        }
        (Value::Str(_), Some(other), _) => return type_error(format!("maketrans() argument 2 must be str, not {}", other.class_name())),
        (other, _, _) => return type_error(format!("maketrans() argument 1 must be str, not {}", other.class_name())),
    }
    Ok(Value::Dict(Rc::new(RefCell::new(table))))
}

fn translate(vm: &mut Vm, s: &str, args: &[Value]) -> Res<Value> {
    super::builtins::arg_count("translate", args, 1, 1)?;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let found = match &args[0] {
            Value::Dict(d) => d.borrow().get(&Key(Value::Int(c as i64))).cloned(),
            table => match crate::python::vm::protocols::get_item(vm, table, &Value::Int(c as i64)) {
                Ok(v) => Some(v),
                Err(e) if e.kind == "LookupError" || e.kind == "KeyError" || e.kind == "IndexError" => None,
                Err(e) => return Err(e),
            },
        };
        match found {
            None => out.push(c),
            Some(Value::None) => {}
            Some(Value::Int(n)) => match u32::try_from(n).ok().and_then(char::from_u32) {
                Some(m) => out.push(m),
                None => return Err(exc("ValueError", "character mapping must be in range(0x110000)")),
            },
            Some(Value::Str(m)) => out.push_str(&m),
            Some(_) => return type_error("character mapping must return integer, None or str"),
        }
    }
    Ok(Value::str(&out))
}

/// `s.splitlines(keepends=False)`, at every line boundary Python knows.
fn split_lines(s: &str, args: &[Value], kwargs: &Kwargs) -> Res<Value> {
    let keep = args.first().or_else(|| kwargs.iter().find(|(k, _)| &**k == "keepends").map(|(_, v)| v)).is_some_and(Value::truthy);
    let mut lines = Vec::new();
    let mut rest = s;
    while !rest.is_empty() {
        let Some(at) = rest.find(LINE_BREAKS) else {
            lines.push(Value::str(rest));
            break;
        };
        let width = if rest[at..].starts_with("\r\n") { 2 } else { rest[at..].chars().next().map_or(1, char::len_utf8) };
        lines.push(Value::str(&rest[..if keep { at + width } else { at }]));
        rest = &rest[at + width..];
    }
    Ok(Value::list(lines))
}

//! bytes and bytearray: the constructors, their methods, and `str.encode`
//! (UTF-8, ASCII and Latin-1, with CPython's errors).

use std::rc::Rc;

use super::builtins::arg_count;
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::value::Value;
use crate::python::vm::bytes_sets::{byte_of, bytes_value};
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

/// The methods of bytes; bytearray has these and [`ARRAY_METHODS`].
pub const BYTES_METHODS: &[&str] =
    &["decode", "hex", "upper", "lower", "startswith", "endswith", "count", "find", "strip", "split", "join"];
/// The methods only bytearray has.
pub const ARRAY_METHODS: &[&str] = &["append", "extend", "pop", "clear"];

fn keyword<'a>(kwargs: &'a Kwargs, name: &str) -> Option<&'a Value> {
    kwargs.iter().find(|(k, _)| &**k == name).map(|(_, v)| v)
}

fn encoding_of<'a>(args: &'a [Value], at: usize, kwargs: &'a Kwargs) -> Res<Option<&'a str>> {
    match args.get(at).or_else(|| keyword(kwargs, "encoding")) {
        None => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s)),
        Some(other) => type_error(format!("encode() argument 'encoding' must be str, not {}", other.type_name())),
    }
}

/// `bytes(…)` / `bytearray(…)`: empty, n zero bytes, the ints of an
/// iterable, a copy of a bytes-like object, or a str encoded.
pub fn construct(vm: &mut Vm, name: &str, args: &[Value], kwargs: &Kwargs) -> Res<Value> {
    let array = name == "bytearray";
    if args.len() > 3 {
        return type_error(format!("{name}() takes at most 3 arguments ({} given)", args.len()));
    }
    let data = match args.first() {
        None => Vec::new(),
        Some(Value::Str(s)) => match encoding_of(args, 1, kwargs)? {
            Some(enc) => encode(s, enc)?,
            None => return type_error("string argument without an encoding"),
        },
        Some(_) if args.len() > 1 || !kwargs.is_empty() => {
            return type_error("encoding without a string argument");
        }
        Some(Value::Int(n)) if *n < 0 => return Err(exc("ValueError", "negative count")),
        Some(Value::Int(n)) => vec![0; *n as usize],
        Some(Value::Bytes(b, _)) => b.borrow().clone(),
        Some(other) => {
            let items = vm.collect(other).map_err(|_| {
                exc("TypeError", format!("cannot convert '{}' object to {name}", other.type_name()))
            })?;
            let bytes: Res<Vec<u8>> = items.iter().map(byte_of).collect();
            match bytes {
                Err(e) if !array && e.kind == "ValueError" => return Err(exc("ValueError", "bytes must be in range(0, 256)")),
                other => other?,
            }
        }
    };
    Ok(bytes_value(data, array))
}

/// `s.encode(encoding="utf-8")`.
pub fn str_encode(s: &str, args: &[Value], kwargs: &Kwargs) -> Res<Value> {
    arg_count("encode", args, 0, 2)?;
    let enc = encoding_of(args, 0, kwargs)?.unwrap_or("utf-8");
    Ok(bytes_value(encode(s, enc)?, false))
}

fn encode(s: &str, encoding: &str) -> Res<Vec<u8>> {
    let limit = match normalise(encoding).as_str() {
        "utf8" => return Ok(s.as_bytes().to_vec()),
        "ascii" => 128,
        "latin1" => 256,
        _ => return Err(exc("LookupError", format!("unknown encoding: {encoding}"))),
    };
    let name = if limit == 128 { "ascii" } else { "latin-1" };
    s.chars()
        .enumerate()
        .map(|(i, c)| {
            if (c as u32) < limit {
                Ok(c as u8)
            } else {
                Err(exc(
                    "UnicodeEncodeError",
                    format!(
                        "'{name}' codec can't encode character {} in position {i}: ordinal not in range({limit})",
                        escape_char(c)
                    ),
                ))
            }
        })
        .collect()
}

fn escape_char(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("'\\x{n:02x}'")
    } else if n < 0x10000 {
        format!("'\\u{n:04x}'")
    } else {
        format!("'\\U{n:08x}'")
    }
}

fn normalise(encoding: &str) -> String {
    let e: String = encoding.to_ascii_lowercase().chars().filter(|c| *c != '-' && *c != '_').collect();
    match e.as_str() {
        "utf8" | "u8" => "utf8".into(),
        "ascii" | "usascii" => "ascii".into(),
        "latin1" | "iso88591" | "l1" => "latin1".into(),
        _ => e,
    }
}

/// `data.decode(encoding, errors)`: with `errors` "replace" a bad byte
/// sequence becomes U+FFFD, with "ignore" it is dropped.
fn decode(data: &[u8], encoding: &str, errors: &str) -> Res<String> {
    let lenient = match errors {
        "strict" => None,
        "replace" => Some("\u{fffd}"),
        "ignore" => Some(""),
        other => return Err(exc("LookupError", format!("unknown error handler name '{other}'"))),
    };
    match (normalise(encoding).as_str(), lenient) {
        ("utf8", Some(bad)) => {
            let mut out = String::with_capacity(data.len());
            for chunk in data.utf8_chunks() {
                out.push_str(chunk.valid());
                if !chunk.invalid().is_empty() {
                    out.push_str(bad);
                }
            }
            return Ok(out);
        }
        ("ascii", Some(bad)) => {
            return Ok(data.iter().map(|b| if *b < 128 { (*b as char).to_string() } else { bad.to_string() }).collect());
        }
        _ => {}
    }
    match normalise(encoding).as_str() {
        "utf8" => std::str::from_utf8(data).map(str::to_string).map_err(|e| {
            let at = e.valid_up_to();
            let why = if e.error_len().is_none() { "unexpected end of data" } else { "invalid start byte" };
            exc("UnicodeDecodeError", format!("'utf-8' codec can't decode byte 0x{:02x} in position {at}: {why}", data[at]))
        }),
        "ascii" => match data.iter().position(|b| *b >= 128) {
            Some(at) => Err(exc(
                "UnicodeDecodeError",
                format!("'ascii' codec can't decode byte 0x{:02x} in position {at}: ordinal not in range(128)", data[at]),
            )),
            None => Ok(data.iter().map(|b| *b as char).collect()),
        },
        "latin1" => Ok(data.iter().map(|b| *b as char).collect()),
        _ => Err(exc("LookupError", format!("unknown encoding: {encoding}"))),
    }
}

fn bytes_arg(v: &Value) -> Res<Vec<u8>> {
    match v {
        Value::Bytes(b, _) => Ok(b.borrow().clone()),
        other => type_error(format!("a bytes-like object is required, not '{}'", other.type_name())),
    }
}

/// Calls method `name` of the bytes or bytearray `recv`.
pub fn method(vm: &mut Vm, recv: &Value, name: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    let Value::Bytes(data, array) = recv else {
        return type_error(format!("'{}' object has no method '{name}'", recv.type_name()));
    };
    let array = *array;
    let same = |d: Vec<u8>| bytes_value(d, array);
    let d = data.borrow().clone();
    Ok(match name {
        "decode" => {
            arg_count("decode", &args, 0, 2)?;
            let errors = match args.get(1).or_else(|| keyword(&kwargs, "errors")) {
                None => "strict",
                Some(Value::Str(e)) => e,
                Some(other) => return type_error(format!("decode() argument 'errors' must be str, not {}", other.type_name())),
            };
            Value::str(&decode(&d, encoding_of(&args, 0, &kwargs)?.unwrap_or("utf-8"), errors)?)
        }
        "hex" => Value::str(&d.iter().map(|b| format!("{b:02x}")).collect::<String>()),
        "upper" => same(d.to_ascii_uppercase()),
        "lower" => same(d.to_ascii_lowercase()),
        "startswith" | "endswith" => {
            arg_count(name, &args, 1, 1)?;
            let affix = bytes_arg(&args[0])?;
            Value::Bool(if name == "startswith" { d.starts_with(&affix) } else { d.ends_with(&affix) })
        }
        "count" | "find" => {
            arg_count(name, &args, 1, 1)?;
            let sub = match &args[0] {
                Value::Int(_) => vec![byte_of(&args[0])?],
                other => bytes_arg(other)?,
            };
            let hits: Vec<usize> = find_all(&d, &sub);
            match name {
                "count" => Value::Int(hits.len() as i64),
                _ => Value::Int(hits.first().map_or(-1, |i| *i as i64)),
            }
        }
        "strip" => {
            arg_count("strip", &args, 0, 0)?;
            let start = d.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(d.len());
            let end = d.iter().rposition(|b| !b.is_ascii_whitespace()).map_or(start, |i| i + 1);
            same(d[start..end].to_vec())
        }
        "split" => {
            arg_count("split", &args, 0, 1)?;
            let parts: Vec<Value> = match args.first() {
                None | Some(Value::None) => d.split(|b| b.is_ascii_whitespace()).filter(|p| !p.is_empty()).map(|p| same(p.to_vec())).collect(),
                Some(sep) => {
                    let sep = bytes_arg(sep)?;
                    if sep.is_empty() {
                        return Err(exc("ValueError", "empty separator"));
                    }
                    split_on(&d, &sep).into_iter().map(same).collect()
                }
            };
            Value::list(parts)
        }
        "join" => {
            arg_count("join", &args, 1, 1)?;
            let mut out = Vec::new();
            for (i, item) in vm.collect(&args[0])?.iter().enumerate() {
                if i > 0 {
                    out.extend_from_slice(&d);
                }
                out.extend(match item {
                    Value::Bytes(b, _) => b.borrow().clone(),
                    other => {
                        return type_error(format!("sequence item {i}: expected a bytes-like object, {} found", other.type_name()));
                    }
                });
            }
            same(out)
        }
        _ if array => return array_method(vm, data, name, args),
        _ => return type_error(format!("'bytes' object has no method '{name}'")),
    })
}

fn array_method(vm: &mut Vm, data: &Rc<std::cell::RefCell<Vec<u8>>>, name: &str, args: Vec<Value>) -> Res<Value> {
    match name {
        "append" => {
            arg_count("append", &args, 1, 1)?;
            let b = byte_of(&args[0])?;
            data.borrow_mut().push(b);
        }
        "extend" => {
            arg_count("extend", &args, 1, 1)?;
            let items = match &args[0] {
                Value::Bytes(b, _) => b.borrow().clone(),
                other => vm.collect(other)?.iter().map(byte_of).collect::<Res<Vec<u8>>>()?,
            };
            data.borrow_mut().extend(items);
        }
        "pop" => {
            arg_count("pop", &args, 0, 0)?;
            return match data.borrow_mut().pop() {
                Some(b) => Ok(Value::Int(b as i64)),
                None => Err(exc("IndexError", "pop from empty bytearray")),
            };
        }
        "clear" => data.borrow_mut().clear(),
        _ => return type_error(format!("'bytearray' object has no method '{name}'")),
    }
    Ok(Value::None)
}

fn find_all(hay: &[u8], needle: &[u8]) -> Vec<usize> {
    let mut hits = Vec::new();
    let mut i = 0;
    while i + needle.len() <= hay.len() {
        if &hay[i..i + needle.len()] == needle {
            hits.push(i);
            i += needle.len().max(1);
        } else {
            i += 1;
        }
    }
    hits
}

fn split_on(hay: &[u8], sep: &[u8]) -> Vec<Vec<u8>> {
    let mut parts = Vec::new();
    let mut start = 0;
    for at in find_all(hay, sep) {
        if at >= start {
            parts.push(hay[start..at].to_vec());
            start = at + sep.len();
        }
    }
    parts.push(hay[start..].to_vec());
    parts
}

//! The `json` module: `dumps` (indent, sort_keys, separators, ensure_ascii,
//! default) and `loads`, with CPython's text and its JSONDecodeError messages.

mod decode;

use std::rc::Rc;

use super::natives::kwarg;
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::float_repr::float_repr;
use crate::python::object::value::Value;
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

/// The module's functions, as `json.name`.
pub const FUNCTIONS: &[&str] = &["json.dumps", "json.loads"];

/// `json.name`.
pub fn attr(name: &str) -> Option<Value> {
    if name == "JSONDecodeError" {
        return Some(Value::Type("JSONDecodeError"));
    }
    FUNCTIONS.iter().find(|f| f.strip_prefix("json.") == Some(name)).map(|f| Value::Builtin(f))
}

/// Calls `json.func(…)`.
pub fn call(vm: &mut Vm, func: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    match func {
        "dumps" => {
            let [obj] = args.as_slice() else {
                return type_error(format!("dumps() takes 1 positional argument but {} were given", args.len()));
            };
            let mut enc = Encoder::new(&kwargs)?;
            let mut out = String::new();
            enc.encode(vm, obj, &mut out, 0)?;
            Ok(Value::str(&out))
        }
        "loads" => {
            let Some(Value::Str(s)) = args.first().or_else(|| kwarg(&kwargs, "s")) else {
                let t = args.first().map_or("NoneType", Value::type_name);
                return type_error(format!("the JSON object must be str, bytes or bytearray, not {t}"));
            };
            decode::loads(s)
        }
        _ => Err(exc("AttributeError", format!("module 'json' has no attribute '{func}'"))),
    }
}

/// `dumps`' options.
struct Encoder {
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    sort_keys: bool,
    ensure_ascii: bool,
    default: Option<Value>,
}

impl Encoder {
    fn new(kwargs: &Kwargs) -> Res<Encoder> {
        let indent = match kwarg(kwargs, "indent") {
            None | Some(Value::None) => None,
            Some(Value::Int(n)) => Some(" ".repeat((*n).max(0) as usize)),
            Some(Value::Str(s)) => Some(s.to_string()),
            Some(other) => return type_error(format!("can't multiply sequence by non-int of type '{}'", other.type_name())),
        };
        let (item_sep, key_sep) = match kwarg(kwargs, "separators") {
            None | Some(Value::None) => ((if indent.is_some() { "," } else { ", " }).to_string(), ": ".to_string()),
            Some(Value::Tuple(t)) if t.len() == 2 => (t[0].to_str(), t[1].to_str()),
            Some(Value::List(l)) if l.borrow().len() == 2 => (l.borrow()[0].to_str(), l.borrow()[1].to_str()),
            Some(_) => return Err(exc("ValueError", "too many values to unpack (expected 2)")),
        };
        Ok(Encoder {
            indent,
            item_sep,
            key_sep,
            sort_keys: kwarg(kwargs, "sort_keys").is_some_and(Value::truthy),
            ensure_ascii: kwarg(kwargs, "ensure_ascii").is_none_or(Value::truthy),
            default: kwarg(kwargs, "default").filter(|d| !matches!(d, Value::None)).cloned(),
        })
    }

    fn newline(&self, out: &mut String, depth: usize) {
        if let Some(ind) = &self.indent {
            out.push('\n');
            for _ in 0..depth {
                out.push_str(ind);
            }
        }
    }

    fn encode(&mut self, vm: &mut Vm, v: &Value, out: &mut String, depth: usize) -> Res<()> {
        if depth > 500 {
            return Err(exc("ValueError", "Circular reference detected"));
        }
        let backing = match v {
            Value::Native(n) if matches!(n.backing(), Some(Value::Dict(_) | Value::Tuple(_))) => n.backing(),
            // A subclass of a built-in or library type is written as its base value.
            Value::Instance(i) if let Some(base) = i.base.borrow().clone() => match &base {
                Value::Native(n) => n.backing(),
                _ => Some(base),
            },
            // An IntEnum or StrEnum member is written as its int or str.
            Value::Instance(_) => crate::python::object::enums::mixed_value(v),
            _ => None,
        };
        let v = backing.as_ref().unwrap_or(v);
        match v {
            Value::None => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Int(_) | Value::Big(_) => {
                crate::python::object::value::check_int_str_digits(v)?;
                out.push_str(&v.repr());
            }
            Value::Float(f) => out.push_str(&float_text(*f)),
            Value::Str(s) => out.push_str(&quote(s, self.ensure_ascii)),
            Value::List(l) => {
                let items = l.borrow().clone();
                self.sequence(vm, &items, out, depth)?;
            }
            Value::Tuple(t) => self.sequence(vm, t, out, depth)?,
            Value::Dict(d) => {
                let mut items: Vec<(Value, Value)> = d.borrow().iter().map(|(k, v)| (k.0.clone(), v.clone())).collect();
                if self.sort_keys {
                    items = sort_items(vm, items)?;
                }
                if items.is_empty() {
                    out.push_str("{}");
                    return Ok(());
                }
                out.push('{');
                for (i, (k, val)) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(&self.item_sep);
                    }
                    self.newline(out, depth + 1);
                    out.push_str(&quote(&key_text(k)?, self.ensure_ascii));
                    out.push_str(&self.key_sep);
                    self.encode(vm, val, out, depth + 1)?;
                }
                self.newline(out, depth);
                out.push('}');
            }
            other => match self.default.clone() {
                Some(f) => {
                    let replaced = vm.call(&f, vec![other.clone()], Vec::new())?;
                    self.encode(vm, &replaced, out, depth + 1)?;
                }
                None => return type_error(format!("Object of type {} is not JSON serializable", crate::python::vm::dunder::type_name(other))),
            },
        }
        Ok(())
    }

    fn sequence(&mut self, vm: &mut Vm, items: &[Value], out: &mut String, depth: usize) -> Res<()> {
        if items.is_empty() {
            out.push_str("[]");
            return Ok(());
        }
        out.push('[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(&self.item_sep);
            }
            self.newline(out, depth + 1);
            self.encode(vm, item, out, depth + 1)?;
        }
        self.newline(out, depth);
        out.push(']');
        Ok(())
    }
}

fn sort_items(vm: &mut Vm, items: Vec<(Value, Value)>) -> Res<Vec<(Value, Value)>> {
    let keys: Vec<Value> = items.iter().map(|(k, _)| k.clone()).collect();
    let sorted = super::builtins::sort_values(vm, keys, &[])?;
    let mut rest = items;
    let mut out = Vec::with_capacity(rest.len());
    for k in sorted {
        if let Some(i) = rest.iter().position(|(x, _)| crate::python::object::value::values_equal(x, &k)) {
            out.push(rest.remove(i));
        }
    }
    Ok(out)
}

fn float_text(f: f64) -> String {
    if f.is_nan() {
        "NaN".to_string()
    } else if f.is_infinite() {
        (if f > 0.0 { "Infinity" } else { "-Infinity" }).to_string()
    } else {
        float_repr(f)
    }
}

fn key_text(k: &Value) -> Res<String> {
    if let Some(v) = crate::python::object::scalar::scalar_of(k, &[]) {
        return key_text(&v);
    }
    Ok(match k {
        Value::Str(s) => s.to_string(),
        Value::Bool(b) => (if *b { "true" } else { "false" }).to_string(),
        Value::None => "null".to_string(),
        Value::Int(_) | Value::Big(_) => k.repr(),
        Value::Float(f) => float_text(*f),
        other => return type_error(format!("keys must be str, int, float, bool or None, not {}", other.type_name())),
    })
}

/// A JSON string literal, as CPython's encoder writes it.
fn quote(s: &str, ensure_ascii: bool) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (ensure_ascii && (c as u32) > 0x7e) => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A JSONDecodeError with CPython's `msg: line L column C (char P)` text.
pub(crate) fn decode_error(msg: &str, doc: &[char], pos: usize) -> Rc<crate::python::object::errors::ExcObj> {
    let before = &doc[..pos.min(doc.len())];
    let line = before.iter().filter(|c| **c == '\n').count() + 1;
    let col = match before.iter().rposition(|c| *c == '\n') {
        Some(i) => pos - i,
        None => pos + 1,
    };
    exc("JSONDecodeError", format!("{msg}: line {line} column {col} (char {pos})"))
}

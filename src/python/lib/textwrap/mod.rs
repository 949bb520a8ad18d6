//! The `textwrap` module: wrap, fill, shorten (with textwrap.py's
//! `TextWrapper` options), dedent and indent, giving textwrap.py's very
//! lines, and its frames in the tracebacks of its errors.

mod chunks;
mod wrapper;

use std::rc::Rc;

use wrapper::Options;

use crate::python::object::errors::{ExcObj, Res, exc, type_error};
use crate::python::object::traceback::TbEntry;
use crate::python::object::value::Value;
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

/// The module's functions, as `textwrap.name`.
pub const FUNCTIONS: &[&str] =
    &["textwrap.wrap", "textwrap.fill", "textwrap.shorten", "textwrap.dedent", "textwrap.indent", "textwrap.TextWrapper"];

/// `textwrap.name`.
pub fn attr(name: &str) -> Option<Value> {
    FUNCTIONS.iter().find(|f| f.strip_prefix("textwrap.") == Some(name)).map(|f| Value::Builtin(f))
}

/// A frame of textwrap.py: line, function, source text, `^^^` columns.
type Frame = (u32, &'static str, &'static str, Option<(u32, u32)>);

const WRAP: Frame = (384, "wrap", "return w.wrap(text)", Some((7, 19)));
const FILL: &[Frame] = &[(396, "fill", "return w.fill(text)", Some((7, 19))), FILL_METHOD];
const FILL_METHOD: Frame = (368, "fill", "return \"\\n\".join(self.wrap(text))", Some((17, 32)));
const SHORTEN: Frame = (411, "shorten", "return w.fill(' '.join(text.strip().split()))", Some((7, 45)));
const WRAP_CHUNKS: Frame = (359, "wrap", "return self._wrap_chunks(chunks)", Some((7, 32)));
const MUNGE: &[Frame] = &[
    (356, "wrap", "chunks = self._split_chunks(text)", Some((9, 33))),
    (342, "_split_chunks", "text = self._munge_whitespace(text)", Some((7, 35))),
    (151, "_munge_whitespace", "text = text.expandtabs(self.tabsize)", Some((7, 22))),
];

/// `e` as raised inside textwrap.py, down the frames `outer_first`.
fn with_frames(e: Rc<ExcObj>, outer_first: &[Frame]) -> Rc<ExcObj> {
    let mut tb = e.traceback.borrow_mut();
    for &(line, func, text, marked) in outer_first.iter().rev() {
        tb.push(TbEntry::library("textwrap.py", line, func, text, marked));
    }
    drop(tb);
    e
}

fn str_value<'a>(v: &'a Value, what: &str) -> Res<&'a str> {
    match v {
        Value::Str(s) => Ok(s),
        other => type_error(format!("{what} must be str, not {}", other.type_name())),
    }
}

fn int_value(v: &Value, what: &str) -> Res<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        other => type_error(format!("{what} must be an int, not {}", other.type_name())),
    }
}

/// `TextWrapper(width=width, **kwargs)`.
fn options(width: &Value, kwargs: Kwargs) -> Res<Options> {
    let width = match width {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::Float(_) => return Err(exc("NotImplementedError", "looplab's textwrap takes an int width")),
        other => return type_error(format!("'<=' not supported between instances of '{}' and 'int'", other.type_name())),
    };
    let mut o = Options { width, ..Options::default() };
    for (k, v) in kwargs {
        match &*k {
            "initial_indent" => o.initial_indent = str_value(&v, "initial_indent")?.to_string(),
            "subsequent_indent" => o.subsequent_indent = str_value(&v, "subsequent_indent")?.to_string(),
            "placeholder" => o.placeholder = str_value(&v, "placeholder")?.to_string(),
            "expand_tabs" => o.expand_tabs = v.truthy(),
            "replace_whitespace" => o.replace_whitespace = v.truthy(),
            "fix_sentence_endings" => o.fix_sentence_endings = v.truthy(),
            "break_long_words" => o.break_long_words = v.truthy(),
            "drop_whitespace" => o.drop_whitespace = v.truthy(),
            "break_on_hyphens" => o.break_on_hyphens = v.truthy(),
            "tabsize" => o.tabsize = int_value(&v, "tabsize")?,
            "max_lines" if matches!(v, Value::None) => o.max_lines = None,
            "max_lines" => o.max_lines = Some(int_value(&v, "max_lines")?),
            "width" => return type_error("TextWrapper.__init__() got multiple values for keyword argument 'width'"),
            _ => return type_error(format!("TextWrapper.__init__() got an unexpected keyword argument '{k}'")),
        }
    }
    Ok(o)
}

/// The arguments `(text, width, **kwargs)` of wrap / fill / shorten.
fn text_and_width(func: &str, mut args: Vec<Value>, mut kwargs: Kwargs, default_width: Option<i64>) -> Res<(Value, Value, Kwargs)> {
    let most = 2;
    if args.len() > most {
        let range = if default_width.is_some() { "from 1 to 2 positional arguments" } else { "2 positional arguments" };
        return type_error(format!("{func}() takes {range} but {} were given", args.len()));
    }
    let mut take = |name: &str, i: usize, args: &mut Vec<Value>| -> Option<Value> {
        let pos = kwargs.iter().position(|(k, _)| &**k == name);
        match (args.len() > i, pos) {
            (true, _) => Some(args[i].clone()),
            (false, Some(p)) => Some(kwargs.remove(p).1),
            (false, None) => None,
        }
    };
    let text = take("text", 0, &mut args);
    let width = take("width", 1, &mut args).or(default_width.map(Value::Int));
    match (text, width) {
        (Some(t), Some(w)) => Ok((t, w, kwargs)),
        (None, Some(_)) => type_error(format!("{func}() missing 1 required positional argument: 'text'")),
        (Some(_), None) => type_error(format!("{func}() missing 1 required positional argument: 'width'")),
        (None, None) => type_error(format!("{func}() missing 2 required positional arguments: 'text' and 'width'")),
    }
}

/// `w.wrap(text)` for a text that may not be a str, under the frames `outer`.
fn wrap_value(o: &Options, text: &Value, outer: &[Frame]) -> Res<Vec<String>> {
    let frames = |tail: &[Frame]| [outer, tail].concat();
    let Value::Str(s) = text else {
        let e = exc("AttributeError", format!("'{}' object has no attribute 'expandtabs'", text.type_name()));
        return Err(with_frames(e, &frames(MUNGE)));
    };
    o.wrap(s).map_err(|e| {
        let line = if e.message().starts_with("invalid width") { 253 } else { 260 };
        let text = if line == 253 {
            "raise ValueError(\"invalid width %r (must be > 0)\" % self.width)"
        } else {
            "raise ValueError(\"placeholder too large for max width\")"
        };
        with_frames(e, &frames(&[WRAP_CHUNKS, (line, "_wrap_chunks", text, None)]))
    })
}

fn str_list(lines: Vec<String>) -> Value {
    Value::list(lines.iter().map(|l| Value::str(l)).collect())
}

/// Calls `textwrap.func(…)`.
pub fn call(vm: &mut Vm, func: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    match func {
        "wrap" | "fill" => {
            let (text, width, kwargs) = text_and_width(func, args, kwargs, Some(70))?;
            let o = options(&width, kwargs)?;
            if func == "wrap" {
                return Ok(str_list(wrap_value(&o, &text, &[WRAP])?));
            }
            Ok(Value::str(&wrap_value(&o, &text, FILL)?.join("\n")))
        }
        "shorten" => {
            let (text, width, mut kwargs) = text_and_width(func, args, kwargs, None)?;
            if kwargs.iter().any(|(k, _)| &**k == "max_lines") {
                return type_error("TextWrapper.__init__() got multiple values for keyword argument 'max_lines'");
            }
            kwargs.push((Rc::from("max_lines"), Value::Int(1)));
            let o = options(&width, kwargs)?;
            let Value::Str(s) = &text else {
                let e = exc("AttributeError", format!("'{}' object has no attribute 'strip'", text.type_name()));
                let (line, f, t, _) = SHORTEN;
                return Err(with_frames(e, &[(line, f, t, Some((23, 33)))]));
            };
            let joined = Value::str(&s.split_whitespace().collect::<Vec<_>>().join(" "));
            Ok(Value::str(&wrap_value(&o, &joined, &[SHORTEN, FILL_METHOD])?.join("\n")))
        }
        "dedent" => match args.as_slice() {
            [Value::Str(s)] if kwargs.is_empty() => Ok(Value::str(&dedent(s))),
            [other] if kwargs.is_empty() => {
                let e = exc("TypeError", format!("expected string or bytes-like object, got '{}'", other.type_name()));
                Err(with_frames(e, &[(435, "dedent", "text = _whitespace_only_re.sub('', text)", Some((7, 40)))]))
            }
            _ => type_error(format!("dedent() takes 1 positional argument but {} were given", args.len())),
        },
        "indent" => indent(vm, args, kwargs),
        "TextWrapper" => Err(exc(
            "NotImplementedError",
            "looplab does not support the textwrap.TextWrapper class; call wrap, fill or shorten with its keyword arguments",
        )),
        _ => Err(exc("AttributeError", format!("module 'textwrap' has no attribute '{func}'"))),
    }
}

/// `dedent(text)`: the longest common leading run of spaces and tabs is
/// removed from every line; lines of only spaces and tabs become empty.
fn dedent(text: &str) -> String {
    let lines: Vec<&str> = text.split('\n').map(|l| if !l.is_empty() && l.chars().all(|c| c == ' ' || c == '\t') { "" } else { l }).collect();
    let mut margin: Option<&str> = None;
    for line in &lines {
        let lead = line.len() - line.trim_start_matches([' ', '\t']).len();
        if lead == line.len() {
            continue;
        }
        let indent = &line[..lead];
        margin = Some(match margin {
            None => indent,
            Some(m) if indent.starts_with(m) => m,
            Some(m) if m.starts_with(indent) => indent,
            Some(m) => {
                let common = m.bytes().zip(indent.bytes()).take_while(|(x, y)| x == y).count();
                &m[..common]
            }
        });
    }
    let margin = margin.unwrap_or("");
    let out: Vec<&str> = lines.iter().map(|l| if margin.is_empty() { l } else { l.strip_prefix(margin).unwrap_or(l) }).collect();
    out.join("\n")
}

/// `str.splitlines(True)`.
fn split_lines_keepends(s: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let breaks = matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}');
        if !breaks {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && it.peek().is_some_and(|(_, n)| *n == '\n') {
            it.next();
            end += 1;
        }
        lines.push(&s[start..end]);
        start = end;
    }
    if start < s.len() {
        lines.push(&s[start..]);
    }
    lines
}

/// `indent(text, prefix, predicate=None)`: `prefix` before every line that
/// is not only whitespace, or every line `predicate` accepts.
fn indent(vm: &mut Vm, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    let get = |i: usize, name: &str| args.get(i).or_else(|| kwargs.iter().find(|(k, _)| &**k == name).map(|(_, v)| v)).cloned();
    if args.len() > 3 {
        return type_error(format!("indent() takes from 2 to 3 positional arguments but {} were given", args.len()));
    }
    let (Some(text), Some(prefix)) = (get(0, "text"), get(1, "prefix")) else {
        return type_error("indent() missing 2 required positional arguments: 'text' and 'prefix'");
    };
    let predicate = get(2, "predicate").unwrap_or(Value::None);
    let Value::Str(prefix) = prefix else {
        return type_error(format!("unsupported operand type(s) for +: '{}' and 'str'", prefix.type_name()));
    };
    let Value::Str(text) = text else {
        let e = exc("AttributeError", format!("'{}' object has no attribute 'splitlines'", text.type_name()));
        return Err(with_frames(
            e,
            &[
                (485, "indent", "return ''.join(prefixed_lines())", Some((7, 32))),
                (483, "prefixed_lines", "for line in text.splitlines(True):", Some((12, 27))),
            ],
        ));
    };
    let mut out = String::new();
    for line in split_lines_keepends(&text) {
        let keep = match &predicate {
            Value::None => !line.trim().is_empty(),
            p => {
                let r = vm.call(p, vec![Value::str(line)], Vec::new())?;
                crate::python::vm::dunder::truthy(vm, &r)?
            }
        };
        if keep {
            out.push_str(&prefix);
        }
        out.push_str(line);
    }
    Ok(Value::str(&out))
}

//! Formatting: the format-spec mini-language (f-strings, `format`,
//! `str.format`) and printf-style `%` formatting.

use num_bigint::BigInt;
use num_traits::Signed;

use crate::python::object::float_repr::float_repr;
use crate::python::object::value::{Num, Value};
use crate::python::object::errors::{Res, exc, memory_error};

/// A parsed format spec: `[[fill]align][sign][#][0][width][,|_][.precision][type]`.
#[derive(Debug, Default, Clone)]
struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    alternate: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    kind: Option<char>,
}

fn parse_spec(spec: &str) -> Res<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut s = Spec::default();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        s.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        s.alternate = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        s.width = chars[start..i].iter().collect::<String>().parse().unwrap_or(0);
    }
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        s.grouping = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err(exc("ValueError", "Format specifier missing precision"));
        }
        s.precision = chars[start..i].iter().collect::<String>().parse().ok();
    }
    if i < chars.len() {
        s.kind = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() {
        return Err(exc("ValueError", "Invalid format specifier"));
    }
    if s.width > 10_000_000 || s.precision.is_some_and(|p| p > 10_000_000) {
        return Err(memory_error());
    }
    Ok(s)
}

fn pad(body: String, sign: &str, spec: &Spec, default_align: char) -> String {
    let len = body.chars().count() + sign.chars().count();
    if spec.width <= len {
        return format!("{sign}{body}");
    }
    let fill_n = spec.width - len;
    let (fill, align) = if spec.zero && spec.align.is_none() {
        ('0', if default_align == '<' { '<' } else { '=' })
    } else {
        (spec.fill.unwrap_or(' '), spec.align.unwrap_or(default_align))
    };
    let fill_s = |n: usize| fill.to_string().repeat(n);
    match align {
        '<' => format!("{sign}{body}{}", fill_s(fill_n)),
        '^' => format!("{}{sign}{body}{}", fill_s(fill_n / 2), fill_s(fill_n - fill_n / 2)),
        '=' => format!("{sign}{}{body}", fill_s(fill_n)),
        _ => format!("{}{sign}{body}", fill_s(fill_n)),
    }
}

fn group(int_part: &str, sep: char, every: usize) -> String {
    let digits: Vec<char> = int_part.chars().collect();
    let mut out = String::new();
    for (i, c) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(*c);
    }
    out
}

fn apply_grouping(body: &str, spec: &Spec, sign_len: usize) -> String {
    let Some(sep) = spec.grouping else {
        return body.to_string();
    };
    let end = body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len());
    let mut digits = body[..end].to_string();
    if spec.zero && spec.align.is_none() {
        // Zero padding is grouped too: '010,.2f' of 0 is '000,000.00'.
        let target = spec.width.saturating_sub(sign_len + body.len() - end);
        while group(&digits, sep, 3).chars().count() < target {
            digits.insert(0, '0');
        }
    }
    format!("{}{}", group(&digits, sep, 3), &body[end..])
}

fn sign_str(negative: bool, spec: &Spec) -> &'static str {
    match (negative, spec.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// Formats a float in `e` notation with `prec` digits, Python style (`1.50e+03`).
pub fn format_exp(x: f64, prec: usize, upper: bool) -> String {
    let s = format!("{:.*e}", prec, x);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let out = format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
    if upper { out.to_uppercase() } else { out }
}

fn format_general(x: f64, prec: usize, alternate: bool, repr_like: bool) -> String {
    let p = if prec == 0 { 1 } else { prec };
    if x == 0.0 {
        if alternate {
            return format!("{:.*}", p - 1, 0.0);
        }
        return if repr_like { "0.0".into() } else { "0".into() };
    }
    let exp_str = format!("{:.*e}", p - 1, x);
    let exp: i32 = exp_str.split_once('e').and_then(|(_, e)| e.parse().ok()).unwrap_or(0);
    let limit = if repr_like { p as i32 - 1 } else { p as i32 };
    let mut s = if exp >= -4 && exp < limit {
        format!("{:.*}", (p as i32 - 1 - exp).max(0) as usize, x)
    } else {
        format_exp(x, p - 1, false)
    };
    if alternate {
        if !s.contains('.') {
            match s.find('e') {
                Some(epos) => s.insert(epos, '.'),
                None => s.push('.'),
            }
        }
    } else {
        if let Some(epos) = s.find('e') {
            let (m, e) = s.split_at(epos);
            let m = if m.contains('.') { m.trim_end_matches('0').trim_end_matches('.') } else { m };
            s = format!("{m}{e}");
        } else if s.contains('.') {
            s = s.trim_end_matches('0').trim_end_matches('.').to_string();
        }
    }
    s
}

fn format_float(x: f64, spec: &Spec) -> Res<String> {
    let negative = x.is_sign_negative() && !x.is_nan();
    let a = x.abs();
    let kind = spec.kind;
    if let Some(c) = kind.filter(|c| !matches!(c, 'f' | 'F' | 'e' | 'E' | 'g' | 'G' | '%' | 'n')) {
        return Err(exc("ValueError", format!("Unknown format code '{c}' for object of type 'float'")));
    }
    let percent = if kind == Some('%') { "%" } else { "" };
    let mut body = if a.is_nan() {
        format!("nan{percent}")
    } else if a.is_infinite() {
        format!("inf{percent}")
    } else {
        match kind {
            Some('f') | Some('F') => format!("{:.*}", spec.precision.unwrap_or(6), a),
            Some('e') | Some('E') => format_exp(a, spec.precision.unwrap_or(6), kind == Some('E')),
            Some('g') | Some('G') => format_general(a, spec.precision.unwrap_or(6), spec.alternate, false),
            Some('%') => format!("{:.*}%", spec.precision.unwrap_or(6), a * 100.0),
            Some('n') => format_general(a, spec.precision.unwrap_or(6), false, false),
            None => match spec.precision {
                Some(p) => {
                    let s = format_general(a, p, spec.alternate, true);
                    if s.contains(['.', 'e', 'n', 'i']) { s } else { format!("{s}.0") }
                }
                None => float_repr(a),
            },
            Some(c) => {
                return Err(exc("ValueError", format!("Unknown format code '{c}' for object of type 'float'")));
            }
        }
    };
    if matches!(kind, Some('F') | Some('E') | Some('G')) {
        body = body.to_uppercase();
    }
    if spec.alternate && !body.contains('.') && matches!(kind, Some('f') | Some('F')) {
        body.push('.');
    }
    let sign = sign_str(negative, spec);
    let body = apply_grouping(&body, spec, sign.len());
    Ok(pad(body, sign, spec, '>'))
}

fn format_int(n: &BigInt, spec: &Spec, tname: &str) -> Res<String> {
    let negative = n.is_negative();
    if spec.precision.is_some() && !matches!(spec.kind, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) {
        return Err(exc("ValueError", "Precision not allowed in integer format specifier"));
    }
    let a = n.abs();
    let (body, prefix) = match spec.kind {
        None | Some('d') | Some('n') => (a.to_string(), ""),
        Some('x') => (a.to_str_radix(16), "0x"),
        Some('X') => (a.to_str_radix(16).to_uppercase(), "0X"),
        Some('o') => (a.to_str_radix(8), "0o"),
        Some('b') => (a.to_str_radix(2), "0b"),
        Some('c') => {
            let Some(c) = num_traits::ToPrimitive::to_u32(n).and_then(char::from_u32) else {
                return Err(exc("OverflowError", "%c arg not in range(0x110000)"));
            };
            return Ok(pad(c.to_string(), "", spec, '<'));
        }
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let f = num_traits::ToPrimitive::to_f64(n).unwrap_or(f64::INFINITY);
            return format_float(f, spec);
        }
        Some(c) => return Err(exc("ValueError", format!("Unknown format code '{c}' for object of type '{tname}'"))),
    };
    let body = match spec.grouping {
        Some(sep) => {
            let every = if matches!(spec.kind, Some('x' | 'X' | 'o' | 'b')) { 4 } else { 3 };
            group(&body, sep, every)
        }
        None => body,
    };
    let sign = format!("{}{}", sign_str(negative, spec), if spec.alternate { prefix } else { "" });
    Ok(pad(body, &sign, spec, '>'))
}

/// `format(v, spec)`.
pub fn format_value(v: &Value, spec: &str) -> Res<String> {
    if spec.is_empty() {
        crate::python::object::value::check_int_str_digits(v)?;
        return Ok(v.to_str());
    }
    let s = parse_spec(spec)?;
    if matches!(s.kind, None | Some('d') | Some('n')) {
        crate::python::object::value::check_int_str_digits(v)?;
    }
    match v {
        Value::Int(_) | Value::Big(_) | Value::Bool(_) => match v.as_number() {
            Some(Num::I(i)) => format_int(&BigInt::from(i), &s, v.type_name()),
            Some(Num::B(b)) => format_int(&b, &s, v.type_name()),
            _ => Ok(v.to_str()),
        },
        Value::Float(f) => format_float(*f, &s),
        Value::Str(text) => {
            if let Some(k) = s.kind
                && k != 's'
            {
                return Err(exc("ValueError", format!("Unknown format code '{k}' for object of type 'str'")));
            }
            if s.sign == Some(' ') {
                return Err(exc("ValueError", "Space not allowed in string format specifier"));
            }
            if s.sign.is_some() {
                return Err(exc("ValueError", "Sign not allowed in string format specifier"));
            }
            if let Some(g) = s.grouping {
                return Err(exc("ValueError", format!("Cannot specify '{g}' with 's'.")));
            }
            let body: String = match s.precision {
                Some(p) => text.chars().take(p).collect(),
                None => text.to_string(),
            };
            Ok(pad(body, "", &s, '<'))
        }
        other => {
            if s.kind.is_some() || s.precision.is_some() {
                return Err(exc(
                    "TypeError",
                    format!("unsupported format string passed to {}.__format__", other.class_name()),
                ));
            }
            Ok(pad(other.to_str(), "", &s, '<'))
        }
    }
}

/// The int a `*` in a `%` conversion takes from the arguments, as text.
fn star_argument(items: &[Value], next: &mut usize) -> Res<String> {
    let Some(v) = items.get(*next) else {
        return Err(exc("TypeError", "not enough arguments for format string"));
    };
    *next += 1;
    match v {
        Value::Int(n) => Ok(n.to_string()),
        Value::Bool(b) => Ok((*b as i64).to_string()),
        _ => Err(exc("TypeError", "* wants int")),
    }
}

/// `template % args`.
pub fn percent_format(vm: &mut super::machine::Vm, template: &str, args: &Value) -> Res<String> {
    // A tuple or dict subclass's instance, and a namedtuple, give their items.
    let plain = match args {
        Value::Instance(i) => i.base.borrow().clone(),
        _ => None,
    };
    let plain = match plain.as_ref().unwrap_or(args) {
        Value::Native(n) if matches!(n.backing(), Some(Value::Tuple(_))) => n.backing(),
        Value::Tuple(_) | Value::Dict(_) if plain.is_some() => plain.clone(),
        _ => None,
    };
    let args = plain.as_ref().unwrap_or(args);
    let items: Vec<Value> = match args {
        Value::Tuple(t) => t.to_vec(),
        other => vec![other.clone()],
    };
    let dict = if let Value::Dict(d) = args { Some(d.clone()) } else { None };
    let mut next = 0;
    let mut out = String::new();
    let chars: Vec<char> = template.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut key = None;
        if i < chars.len() && chars[i] == '(' {
            let end = chars[i..].iter().position(|&c| c == ')').map(|p| p + i);
            let Some(end) = end else {
                return Err(exc("ValueError", "incomplete format key"));
            };
            key = Some(chars[i + 1..end].iter().collect::<String>());
            i = end + 1;
        }
        let mut flags = String::new();
        while i < chars.len() && matches!(chars[i], '-' | '+' | ' ' | '#' | '0') {
            flags.push(chars[i]);
            i += 1;
        }
        let mut width = String::new();
        if chars.get(i) == Some(&'*') {
            i += 1;
            width = star_argument(&items, &mut next)?;
            if let Some(w) = width.strip_prefix('-') {
                flags.push('-');
                width = w.to_string();
            }
        }
        while i < chars.len() && chars[i].is_ascii_digit() {
            width.push(chars[i]);
            i += 1;
        }
        let mut precision = None;
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            let mut p = String::new();
            if chars.get(i) == Some(&'*') {
                i += 1;
                p = star_argument(&items, &mut next)?;
                if p.starts_with('-') {
                    p = "0".to_string();
                }
            }
            while i < chars.len() && chars[i].is_ascii_digit() {
                p.push(chars[i]);
                i += 1;
            }
            precision = Some(p);
        }
        let Some(&conv) = chars.get(i) else {
            return Err(exc("ValueError", "incomplete format"));
        };
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let value = match (&key, &dict) {
            (Some(k), Some(d)) => match d.borrow().get(&crate::python::object::value::Key(Value::str(k))) {
                Some(v) => v.clone(),
                None => return Err(crate::python::object::errors::ExcObj::new("KeyError", vec![Value::str(k)])),
            },
            _ => {
                let Some(v) = items.get(next).cloned() else {
                    return Err(exc("TypeError", "not enough arguments for format string"));
                };
                next += 1;
                v
            }
        };
        // An IntEnum member (an int subclass's instance) is the int it also is for the numeric conversions.
        let value = match crate::python::object::scalar::scalar_of(&value, &[]) {
            Some(v) if !matches!(conv, 's' | 'r' | 'a') => v,
            _ => value,
        };
        let align = if flags.contains('-') { "<" } else { "" };
        let text_align = if flags.contains('-') { "<" } else { ">" };
        let zero = if flags.contains('0') && !flags.contains('-') { "0" } else { "" };
        let sign = if flags.contains('+') {
            "+"
        } else if flags.contains(' ') {
            " "
        } else {
            ""
        };
        let prec = precision.map(|p| format!(".{}", if p.is_empty() { "0" } else { &p })).unwrap_or_default();
        let piece = match conv {
            's' => {
                let shown = super::instances::display(vm, &value, false)?;
                format_value(&Value::str(&shown), &format!("{text_align}{width}{prec}"))?
            }
            'r' | 'a' => {
                let mut shown = super::instances::display(vm, &value, true)?;
                if conv == 'a' {
                    shown = crate::python::object::value::ascii_escape(&shown);
                }
                format_value(&Value::str(&shown), &format!("{text_align}{width}{prec}"))?
            }
            'd' | 'i' | 'u' => {
                let v = match value {
                    Value::Float(f) if f.is_finite() => {
                        use num_traits::FromPrimitive;
                        crate::python::object::value::int_from_big(BigInt::from_f64(f.trunc()).unwrap_or_default())
                    }
                    Value::Float(f) => {
                        let (kind, what) = if f.is_nan() { ("ValueError", "NaN") } else { ("OverflowError", "infinity") };
                        return Err(exc(kind, format!("cannot convert float {what} to integer")));
                    }
                    Value::Int(_) | Value::Big(_) | Value::Bool(_) => value,
                    other => {
                        return Err(exc(
                            "TypeError",
                            format!("%{conv} format: a real number is required, not {}", other.class_name()),
                        ));
                    }
                };
                format_value(&v, &format!("{align}{sign}{zero}{width}d"))?
            }
            'f' | 'F' | 'e' | 'E' | 'g' | 'G' => {
                let f = match value.as_number() {
                    Some(n) => n.to_f64(),
                    None => {
                        return Err(exc(
                            "TypeError",
                            format!("must be real number, not {}", value.class_name()),
                        ));
                    }
                };
                let prec = if prec.is_empty() { ".6".to_string() } else { prec };
                format_value(&Value::Float(f), &format!("{align}{sign}{zero}{width}{prec}{conv}"))?
            }
            'x' | 'X' | 'o' => {
                let alt = if flags.contains('#') { "#" } else { "" };
                format_value(&value, &format!("{align}{sign}{alt}{zero}{width}{conv}"))?
            }
            'c' => match &value {
                Value::Str(s) => s.to_string(),
                other => format_value(other, "c")?,
            },
            other => {
                return Err(exc(
                    "ValueError",
                    format!("unsupported format character '{other}' (0x{:x}) at index {}", other as u32, i - 1),
                ));
            }
        };
        out.push_str(&piece);
    }
    if dict.is_none() && next < items.len() {
        return Err(exc("TypeError", "not all arguments converted during string formatting"));
    }
    Ok(out)
}

/// `template.format(*args, **kwargs)`.
pub fn str_format(
    vm: &mut super::machine::Vm,
    template: &str,
    args: &[Value],
    kwargs: &[(std::rc::Rc<str>, Value)],
) -> Res<String> {
    let chars: Vec<char> = template.chars().collect();
    let mut out = String::new();
    let mut auto = 0usize;
    let (mut automatic, mut manual) = (false, false);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' && chars.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        if c == '}' && chars.get(i + 1) == Some(&'}') {
            out.push('}');
            i += 2;
            continue;
        }
        if c == '}' {
            return Err(exc("ValueError", "Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        let mut depth = 1;
        let mut j = i + 1;
        while j < chars.len() && depth > 0 {
            match chars[j] {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            j += 1;
        }
        if depth > 0 {
            return Err(exc("ValueError", "expected '}' before end of string"));
        }
        let field: String = chars[i + 1..j - 1].iter().collect();
        i = j;
        let (name_conv, spec) = match field.split_once(':') {
            Some((a, b)) => (a.to_string(), b.to_string()),
            None => (field.clone(), String::new()),
        };
        let (name, conv) = match name_conv.split_once('!') {
            Some((a, b)) => (a.to_string(), b.chars().next()),
            None => (name_conv, None),
        };
        let (head, rest) = match name.find(['.', '[']) {
            Some(p) => (name[..p].to_string(), name[p..].to_string()),
            None => (name.clone(), String::new()),
        };
        if head.is_empty() {
            if manual {
                return Err(exc("ValueError", "cannot switch from manual field specification to automatic field numbering"));
            }
            automatic = true;
        } else if head.parse::<usize>().is_ok() {
            if automatic {
                return Err(exc("ValueError", "cannot switch from automatic field numbering to manual field specification"));
            }
            manual = true;
        }
        let mut value = if head.is_empty() {
            let v = args.get(auto).cloned();
            auto += 1;
            v.ok_or_else(|| {
                exc("IndexError", format!("Replacement index {} out of range for positional args tuple", auto - 1))
            })?
        } else if let Ok(n) = head.parse::<usize>() {
            args.get(n).cloned().ok_or_else(|| {
                exc("IndexError", format!("Replacement index {n} out of range for positional args tuple"))
            })?
        } else {
            match kwargs.iter().find(|(k, _)| **k == *head) {
                Some((_, v)) => v.clone(),
                None => return Err(crate::python::object::errors::ExcObj::new("KeyError", vec![Value::str(&head)])),
            }
        };
        let mut rest = rest.as_str();
        loop {
            if let Some(r) = rest.strip_prefix('[') {
                let end = r.find(']').unwrap_or(r.len());
                let key = &r[..end];
                let index = match key.parse::<i64>() {
                    Ok(n) => Value::Int(n),
                    Err(_) => Value::str(key),
                };
                value = super::protocols::get_item(vm, &value, &index)?;
                rest = r.get(end + 1..).unwrap_or("");
            } else if let Some(r) = rest.strip_prefix('.') {
                let end = r.find(['.', '[']).unwrap_or(r.len());
                value = super::dunder::get_attr(vm, &value, &std::rc::Rc::from(&r[..end]))?;
                rest = &r[end..];
            } else {
                break;
            }
        }
        let value = match conv {
            Some('r') | Some('a') => Value::str(&super::instances::display(vm, &value, true)?),
            Some('s') => Value::str(&super::instances::display(vm, &value, false)?),
            _ => value,
        };
        let spec = if spec.contains('{') { str_format(vm, &spec, args, kwargs)? } else { spec };
        out.push_str(&super::instances::format(vm, &value, &spec)?);
    }
    Ok(out)
}

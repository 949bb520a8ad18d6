//! Attributes and methods of the built-in types: `s.upper()`, `l.append(x)`,
//! `d.items()`, `e.args`, `time.sleep`…

use std::cell::RefCell;
use std::rc::Rc;

use super::builtins::{arg_count, sort_values};
use crate::python::object::value::{DictMap, DictView, Key, Value};
use crate::python::vm::machine::Vm;
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::vm::{keys, set_ops};

const STR_METHODS: &[&str] = &[
    "upper", "lower", "strip", "lstrip", "rstrip", "split", "rsplit", "join", "replace", "startswith",
    "endswith", "find", "rfind", "index", "count", "format", "title", "capitalize", "isdigit", "isalpha",
    "isalnum", "isspace", "isupper", "islower", "center", "ljust", "rjust", "zfill",
    "partition", "rpartition", "swapcase", "isnumeric", "isdecimal", "casefold",
];
const LIST_METHODS: &[&str] =
    &["append", "extend", "insert", "pop", "remove", "index", "count", "sort", "reverse", "copy", "clear"];
const DICT_METHODS: &[&str] =
    &["get", "keys", "values", "items", "pop", "setdefault", "update", "copy", "clear", "popitem"];
const SET_METHODS: &[&str] = &[
    "add", "remove", "discard", "pop", "union", "intersection", "difference", "update", "clear", "copy",
    "issubset", "issuperset", "symmetric_difference", "isdisjoint",
];
const TUPLE_METHODS: &[&str] = &["index", "count"];

fn find_static(list: &'static [&'static str], name: &str) -> Option<&'static str> {
    list.iter().find(|m| **m == name).copied()
}

/// The static name of `obj`'s built-in method `name`, for str, list, dict,
/// set and tuple receivers.
pub fn builtin_method(obj: &Value, name: &str) -> Option<&'static str> {
    let methods: &'static [&'static str] = match obj {
        Value::FrozenSet(_) => super::frozenset::METHODS,
        Value::Bytes(_, false) => super::bytes::BYTES_METHODS,
        Value::Bytes(_, true) => return find_static(super::bytes::BYTES_METHODS, name).or_else(|| find_static(super::bytes::ARRAY_METHODS, name)),
        Value::Str(_) if name == "encode" => return Some("encode"),
        Value::Str(_) => return find_static(STR_METHODS, name).or_else(|| find_static(super::str_more::METHODS, name)),
        Value::List(_) => LIST_METHODS,
        Value::Dict(_) => DICT_METHODS,
        Value::Set(_) => SET_METHODS,
        Value::Tuple(_) => TUPLE_METHODS,
        _ => return None,
    };
    find_static(methods, name)
}

/// `obj.name`.
pub fn get_attr(vm: &mut Vm, obj: &Value, name: &str) -> Res<Value> {
    if let Value::Instance(_) | Value::Class(_) | Value::Super(_) = obj {
        return crate::python::vm::attributes::load_attr(vm, obj, name);
    }
    if let Some(found) = crate::python::object::classes::get_attr(obj, name) {
        return found;
    }
    if let Some(found) = super::exceptions::get_attr(obj, name, &vm.program.0) {
        return found;
    }
    if let Some(m) = builtin_method(obj, name).filter(|_| matches!(obj, Value::FrozenSet(_) | Value::Bytes(..) | Value::Str(_))) {
        return Ok(Value::Method(Rc::new((obj.clone(), m))));
    }
    let methods: &'static [&'static str] = match obj {
        Value::Str(_) => STR_METHODS,
        Value::List(_) => LIST_METHODS,
        Value::Dict(_) => DICT_METHODS,
        Value::Set(_) => SET_METHODS,
        Value::Tuple(_) => TUPLE_METHODS,
        Value::Int(_) | Value::Big(_) | Value::Bool(_) | Value::Float(_) if let Some(v) = super::number_methods::attr(obj, name) => {
            return Ok(v);
        }
        Value::Int(_) | Value::Big(_) | Value::Bool(_) => super::number_methods::INT_METHODS,
        Value::Float(_) => super::number_methods::FLOAT_METHODS,
        Value::Module("enum") => return super::enum_module::attr(vm, name),
        Value::Module("abc") => return super::abc::attr(vm, name),
        Value::Module(m) => {
            return super::modules::module_attr(m, name)
                .ok_or_else(|| exc("AttributeError", format!("module '{m}' has no attribute '{name}'")));
        }
        Value::Gen(g) => {
            if let Some(v) = super::generators::attr(&g.borrow(), name) {
                return Ok(v);
            }
            if let Some(v) = super::generators::frame_attr(vm, g, name) {
                return Ok(v);
            }
            super::generators::method_names(&g.borrow())
        }
        Value::Function(_) if crate::python::object::function_attrs::UNSUPPORTED.contains(&name) => {
            return Err(exc("NotImplementedError", format!("looplab does not support a function's {name}")));
        }
        Value::Function(f) => {
            return crate::python::object::function_attrs::get(f, name)
                .ok_or_else(|| exc("AttributeError", format!("'function' object has no attribute '{name}'")));
        }
        Value::Type(t) if name == "__name__" => return Ok(Value::str(t.rsplit('.').next().unwrap_or(t))),
        Value::Type(t) if let Some(method) = super::method_descriptor::type_attr(t, name) => return Ok(method),
        Value::Builtin(_) if let Some(m) = super::subclass::library_class_method(obj, name) => return Ok(m),
        Value::Builtin("itertools.chain") if name == "from_iterable" => {
            return Ok(Value::Builtin("itertools.chain.from_iterable"));
        }
        Value::Builtin(b) if name == "__name__" => {
            return Ok(Value::str(b.rsplit('.').next().unwrap_or(b)));
        }
        _ => &[],
    };
    match find_static(methods, name) {
        Some(m) => Ok(Value::Method(Rc::new((obj.clone(), m)))),
        None => Err(exc("AttributeError", format!("'{}' object has no attribute '{name}'", obj.class_name()))),
    }
}

fn str_arg<'a>(args: &'a [Value], i: usize, method: &str) -> Res<Option<&'a str>> {
    match args.get(i) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s)),
        Some(other) => type_error(format!("{method}() argument must be str or None, not {}", other.class_name())),
    }
}

fn int_arg(args: &[Value], i: usize, default: i64) -> Res<i64> {
    match args.get(i) {
        None => Ok(default),
        Some(Value::Int(n)) => Ok(*n),
        Some(Value::Bool(b)) => Ok(*b as i64),
        Some(other) => type_error(format!("'{}' object cannot be interpreted as an integer", other.class_name())),
    }
}

fn strs(items: Vec<&str>) -> Value {
    Value::list(items.into_iter().map(Value::str).collect())
}

/// `seq.index(x, start, end)`: where `x` first is in `items[start:end]`.
fn index_within(vm: &mut Vm, items: &[Value], args: &[Value]) -> Res<Option<usize>> {
    use super::str_more::{bound, window};
    let Some((start, end)) = window(items.len(), bound(args, 1)?, bound(args, 2)?) else {
        return Ok(None);
    };
    Ok(position(vm, &items[start..end], &args[0])?.map(|i| i + start))
}

/// Where `x` first is among `items`, comparing as `==` does.
fn position(vm: &mut Vm, items: &[Value], x: &Value) -> Res<Option<usize>> {
    for (i, item) in items.iter().enumerate() {
        if crate::python::vm::compare::equal(vm, item, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

/// How many of `items` are `== x`.
fn count(vm: &mut Vm, items: &[Value], x: &Value) -> Res<Value> {
    let mut n = 0;
    for item in items {
        if crate::python::vm::compare::equal(vm, item, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// Calls method `name` on `recv`.
pub fn call_method(vm: &mut Vm, recv: &Value, name: &str, args: Vec<Value>, kwargs: Vec<(Rc<str>, Value)>) -> Res<Value> {
    match recv {
        Value::Str(s) if name == "encode" => super::bytes::str_encode(s, &args, &kwargs),
        Value::FrozenSet(s) => super::frozenset::method(vm, s, name, args, kwargs),
        Value::Bytes(..) => super::bytes::method(vm, recv, name, args, kwargs),
        Value::Str(s) => str_method(vm, s, name, args, kwargs),
        Value::List(l) => list_method(vm, recv, l, name, args, kwargs),
        Value::Dict(d) => dict_method(vm, d, name, args, kwargs),
        Value::Set(s) => set_method(vm, s, name, args),
        Value::Tuple(t) => match name {
            "index" => {
                arg_count("index", &args, 1, 3)?;
                index_within(vm, t, &args)?
                    .map(|i| Value::Int(i as i64))
                    .ok_or_else(|| exc("ValueError", "tuple.index(x): x not in tuple"))
            }
            _ => {
                arg_count("count", &args, 1, 1)?;
                let items = t.to_vec();
                count(vm, &items, &args[0])
            }
        },
        Value::Int(_) | Value::Bool(_) | Value::Big(_) | Value::Float(_) => super::number_methods::call(recv, name, &args, &kwargs),
        Value::Gen(g) => super::generators::call_method(vm, g, name, args),
        Value::Exc(e) => super::exceptions::call_method(vm, e, name, args),
        other => type_error(format!("'{}' object has no method '{name}'", other.class_name())),
    }
}

fn str_method(vm: &mut Vm, s: &Rc<str>, name: &str, args: Vec<Value>, kwargs: Vec<(Rc<str>, Value)>) -> Res<Value> {
    // A StrEnum member (a str subclass's instance) passed to a str method is
    // the str it also is; `format` shows its arguments as they show themselves.
    let args: Vec<Value> = match name {
        "format" | "format_map" => args,
        _ => args.into_iter().map(|a| crate::python::object::scalar::scalar_of(&a, &[]).unwrap_or(a)).collect(),
    };
    if let Some(result) = super::str_more::call(vm, s, name, &args, &kwargs) {
        return result;
    }
    let bool_v = Value::Bool;
    Ok(match name {
        "upper" => Value::str(&s.to_uppercase()),
        "lower" => Value::str(&s.to_lowercase()),
        "casefold" => Value::str(&super::casefold::casefold(s)),
        "swapcase" => Value::str(
            &s.chars()
                .map(|c| if c.is_uppercase() { c.to_lowercase().collect::<String>() } else { c.to_uppercase().collect() })
                .collect::<String>(),
        ),
        "strip" | "lstrip" | "rstrip" => {
            let chars: Option<Vec<char>> = str_arg(&args, 0, name)?.map(|c| c.chars().collect());
            let pred = |c: char| match &chars {
                Some(set) => set.contains(&c),
                None => c.is_whitespace(),
            };
            Value::str(match name {
                "strip" => s.trim_matches(pred),
                "lstrip" => s.trim_start_matches(pred),
                _ => s.trim_end_matches(pred),
            })
        }
        "split" | "rsplit" => {
            let mut sep = str_arg(&args, 0, name)?;
            let mut maxsplit = int_arg(&args, 1, -1)?;
            for (k, v) in &kwargs {
                match (&**k, v) {
                    ("sep", Value::Str(x)) => sep = Some(x),
                    ("maxsplit", Value::Int(n)) => maxsplit = *n,
                    _ => {}
                }
            }
            match sep {
                Some("") => return Err(exc("ValueError", "empty separator")),
                Some(sep) => {
                    let parts: Vec<&str> = if maxsplit < 0 {
                        s.split(sep).collect()
                    } else if name == "split" {
                        s.splitn(maxsplit as usize + 1, sep).collect()
                    } else {
                        let mut p: Vec<&str> = s.rsplitn(maxsplit as usize + 1, sep).collect();
                        p.reverse();
                        p
                    };
                    strs(parts)
                }
                None => {
                    if maxsplit < 0 {
                        strs(s.split_whitespace().collect())
                    } else {
                        let mut out = Vec::new();
                        let mut rest = s.trim_start();
                        while !rest.is_empty() && (out.len() as i64) < maxsplit {
                            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                            out.push(&rest[..end]);
                            rest = rest[end..].trim_start();
                        }
                        if !rest.is_empty() {
                            out.push(rest);
                        }
                        strs(out)
                    }
                }
            }
        }
        "join" => join(vm, s, &args)?,
        "replace" => {
            let (Some(a), Some(b)) = (str_arg(&args, 0, name)?, str_arg(&args, 1, name)?) else {
                return type_error("replace expected at least 2 arguments");
            };
            let count = int_arg(&args, 2, -1)?;
            if b.len() > a.len() {
                // One call can make a string far past the limit (a million
                // matches, each a thousand characters longer): check first.
                let found = if a.is_empty() { s.chars().count() + 1 } else { s.matches(a).count() };
                let found = if count < 0 { found } else { found.min(count as usize) };
                vm.check_memory(s.len().saturating_add(found.saturating_mul(b.len() - a.len())))?;
            }
            if count < 0 { Value::str(&s.replace(a, b)) } else { Value::str(&s.replacen(a, b, count as usize)) }
        }
        "format" => Value::str(&crate::python::vm::format::str_format(vm, s, &args, &kwargs)?),
        "title" => {
            let mut out = String::new();
            let mut prev_letter = false;
            for c in s.chars() {
                if c.is_alphabetic() {
                    if prev_letter {
                        out.extend(c.to_lowercase());
                    } else {
                        out.extend(c.to_uppercase());
                    }
                    prev_letter = true;
                } else {
                    out.push(c);
                    prev_letter = false;
                }
            }
            Value::str(&out)
        }
        "capitalize" => {
            let mut chars = s.chars();
            let out: String = match chars.next() {
                Some(f) => f.to_uppercase().chain(chars.flat_map(|c| c.to_lowercase())).collect(),
                None => String::new(),
            };
            Value::str(&out)
        }
        "isdigit" | "isnumeric" | "isdecimal" => bool_v(super::str_numeric::test(s, name)),
        "isalpha" => bool_v(!s.is_empty() && s.chars().all(char::is_alphabetic)),
        "isalnum" => bool_v(!s.is_empty() && s.chars().all(char::is_alphanumeric)),
        "isspace" => bool_v(!s.is_empty() && s.chars().all(char::is_whitespace)),
        "isupper" => bool_v(s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)),
        "islower" => bool_v(s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_uppercase)),
        "center" | "ljust" | "rjust" => {
            let width = int_arg(&args, 0, 0)?.max(0) as usize;
            vm.check_memory(width)?;
            let fill = str_arg(&args, 1, name)?.and_then(|f| f.chars().next()).unwrap_or(' ');
            let len = s.chars().count();
            if width <= len {
                Value::Str(s.clone())
            } else {
                let n = width - len;
                let f = |k: usize| fill.to_string().repeat(k);
                Value::str(&match name {
                    "ljust" => format!("{s}{}", f(n)),
                    "rjust" => format!("{}{s}", f(n)),
                    _ => {
                        let left = n / 2 + (n & width & 1);
                        format!("{}{s}{}", f(left), f(n - left))
                    }
                })
            }
        }
        "zfill" => {
            let width = int_arg(&args, 0, 0)?.max(0) as usize;
            vm.check_memory(width)?;
            let len = s.chars().count();
            if width <= len {
                Value::Str(s.clone())
            } else {
                let (sign, body) = match s.strip_prefix(['-', '+']) {
                    Some(rest) => (&s[..1], rest),
                    None => ("", &**s),
                };
                Value::str(&format!("{sign}{}{body}", "0".repeat(width - len)))
            }
        }
        "partition" | "rpartition" => {
            let Some(sep) = str_arg(&args, 0, name)? else {
                return type_error("partition() argument must be str");
            };
            let pos = if name == "partition" { s.find(sep) } else { s.rfind(sep) };
            match pos {
                Some(p) => Value::tuple(vec![Value::str(&s[..p]), Value::str(sep), Value::str(&s[p + sep.len()..])]),
                None if name == "partition" => Value::tuple(vec![Value::Str(s.clone()), Value::str(""), Value::str("")]),
                None => Value::tuple(vec![Value::str(""), Value::str(""), Value::Str(s.clone())]),
            }
        }
        _ => return Err(exc("AttributeError", format!("'str' object has no attribute '{name}'"))),
    })
}

/// `sep.join(iterable)`: every item a str (a StrEnum member is one).
fn join(vm: &mut Vm, s: &str, args: &[Value]) -> Res<Value> {
    arg_count("join", args, 1, 1)?;
    let items = vm.collect(&args[0])?;
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(s);
        }
        match crate::python::object::scalar::scalar_of(item, &[]).as_ref().unwrap_or(item) {
            Value::Str(t) => out.push_str(t),
            _ => {
                return type_error(format!("sequence item {i}: expected str instance, {} found", item.class_name()));
            }
        }
    }
    Ok(Value::str(&out))
}

fn list_method(
    vm: &mut Vm,
    recv: &Value,
    l: &Rc<RefCell<Vec<Value>>>,
    name: &str,
    args: Vec<Value>,
    kwargs: Vec<(Rc<str>, Value)>,
) -> Res<Value> {
    match name {
        "append" => {
            arg_count("list.append", &args, 1, 1)?;
            l.borrow_mut().extend(args);
        }
        "extend" => {
            arg_count("list.extend", &args, 1, 1)?;
            let items = vm.collect(&args[0])?;
            l.borrow_mut().extend(items);
        }
        "insert" => {
            arg_count("insert", &args, 2, 2)?;
            let n = l.borrow().len() as i64;
            let i = int_arg(&args, 0, 0)?;
            let i = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
            l.borrow_mut().insert(i, args[1].clone());
        }
        "pop" => {
            let mut v = l.borrow_mut();
            if v.is_empty() {
                return Err(exc("IndexError", "pop from empty list"));
            }
            let n = v.len() as i64;
            let i = int_arg(&args, 0, -1)?;
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return Err(exc("IndexError", "pop index out of range"));
            }
            return Ok(v.remove(j as usize));
        }
        "remove" => {
            arg_count("list.remove", &args, 1, 1)?;
            let items = l.borrow().clone();
            let pos = position(vm, &items, &args[0])?;
            match pos {
                Some(p) => {
                    l.borrow_mut().remove(p);
                }
                None => return Err(exc("ValueError", "list.remove(x): x not in list")),
            }
        }
        "index" => {
            arg_count("list.index", &args, 1, 3)?;
            let items = l.borrow().clone();
            let pos = index_within(vm, &items, &args)?;
            return match pos {
                Some(p) => Ok(Value::Int(p as i64)),
                None => {
                    let shown = crate::python::vm::instances::display(vm, &args[0], true)?;
                    Err(exc("ValueError", format!("{shown} is not in list")))
                }
            };
        }
        "count" => {
            arg_count("list.count", &args, 1, 1)?;
            let items = l.borrow().clone();
            return count(vm, &items, &args[0]);
        }
        "sort" => {
            let items = l.borrow().clone();
            let sorted = sort_values(vm, items, &kwargs)?;
            *l.borrow_mut() = sorted;
        }
        "reverse" => l.borrow_mut().reverse(),
        "copy" => return Ok(Value::list(l.borrow().clone())),
        "clear" => l.borrow_mut().clear(),
        _ => return Err(exc("AttributeError", format!("'{}' object has no attribute '{name}'", recv.class_name()))),
    }
    Ok(Value::None)
}

fn dict_method(
    vm: &mut Vm,
    d: &Rc<RefCell<DictMap>>,
    name: &str,
    args: Vec<Value>,
    kwargs: Vec<(Rc<str>, Value)>,
) -> Res<Value> {
    Ok(match name {
        "get" => {
            arg_count("get", &args, 1, 2)?;
            keys::dict_get(vm, d, &args[0])?.unwrap_or_else(|| args.get(1).cloned().unwrap_or(Value::None))
        }
        "keys" => Value::View(Rc::new((DictView::Keys, d.clone()))),
        "values" => Value::View(Rc::new((DictView::Values, d.clone()))),
        "items" => Value::View(Rc::new((DictView::Items, d.clone()))),
        "pop" => {
            arg_count("pop", &args, 1, 2)?;
            let removed = keys::dict_remove(vm, d, &args[0])?;
            match (removed, args.get(1)) {
                (Some(v), _) => v,
                (None, Some(default)) => default.clone(),
                (None, None) => return Err(crate::python::object::errors::ExcObj::new("KeyError", vec![args[0].clone()])),
            }
        }
        "popitem" => match d.borrow_mut().pop() {
            Some((k, v)) => Value::tuple(vec![k.0, v]),
            None => return Err(exc("KeyError", "popitem(): dictionary is empty")),
        },
        "setdefault" => {
            arg_count("setdefault", &args, 1, 2)?;
            let default = args.get(1).cloned().unwrap_or(Value::None);
            match keys::dict_get(vm, d, &args[0])? {
                Some(v) => v,
                None => {
                    keys::dict_set(vm, d, args[0].clone(), default.clone())?;
                    default
                }
            }
        }
        "update" => {
            if let Some(other) = args.first() {
                let pairs: Vec<(Value, Value)> = match other {
                    Value::Dict(o) => o.borrow().iter().map(|(k, v)| (k.0.clone(), v.clone())).collect(),
                    it => {
                        let mut out = Vec::new();
                        for item in vm.collect(it)? {
                            let kv = vm.collect(&item)?;
                            if kv.len() != 2 {
                                return Err(exc("ValueError", "dictionary update sequence element has wrong length"));
                            }
                            out.push((kv[0].clone(), kv[1].clone()));
                        }
                        out
                    }
                };
                for (k, v) in pairs {
                    keys::dict_set(vm, d, k, v)?;
                }
            }
            for (k, v) in kwargs {
                d.borrow_mut().insert(Key(Value::Str(k)), v);
            }
            Value::None
        }
        "copy" => Value::Dict(Rc::new(RefCell::new(d.borrow().clone()))),
        "clear" => {
            d.borrow_mut().clear();
            Value::None
        }
        _ => return Err(exc("AttributeError", format!("'dict' object has no attribute '{name}'"))),
    })
}

fn set_method(vm: &mut Vm, s: &Rc<RefCell<indexmap::IndexSet<Key>>>, name: &str, args: Vec<Value>) -> Res<Value> {
    let other_set = |vm: &mut Vm, args: &[Value]| -> Res<indexmap::IndexSet<Key>> {
        let mut out = indexmap::IndexSet::new();
        for a in args {
            for v in vm.collect(a)? {
                out.insert(keys::make_key(vm, v)?);
            }
        }
        Ok(out)
    };
    let wrap = |set: indexmap::IndexSet<Key>| Value::Set(Rc::new(RefCell::new(set)));
    Ok(match name {
        "add" => {
            arg_count("set.add", &args, 1, 1)?;
            keys::set_add(vm, s, args[0].clone())?;
            Value::None
        }
        "remove" => {
            arg_count("set.remove", &args, 1, 1)?;
            if !keys::set_remove(vm, s, &args[0])? {
                return Err(crate::python::object::errors::ExcObj::new("KeyError", vec![args[0].clone()]));
            }
            Value::None
        }
        "discard" => {
            arg_count("set.discard", &args, 1, 1)?;
            keys::set_remove(vm, s, &args[0])?;
            Value::None
        }
        "pop" => match s.borrow_mut().shift_remove_index(0) {
            Some(k) => k.0,
            None => return Err(exc("KeyError", "pop from an empty set")),
        },
        "clear" => {
            s.borrow_mut().clear();
            Value::None
        }
        "copy" => wrap(s.borrow().clone()),
        "update" => {
            let o = other_set(vm, &args)?;
            for k in o {
                keys::set_add(vm, s, k.0)?;
            }
            Value::None
        }
        "union" => {
            let o = RefCell::new(other_set(vm, &args)?);
            set_ops::combine(vm, set_ops::SetOp::Union, s, &o)?
        }
        "intersection" => {
            let o = RefCell::new(other_set(vm, &args)?);
            set_ops::combine(vm, set_ops::SetOp::Intersection, s, &o)?
        }
        "difference" => {
            let o = RefCell::new(other_set(vm, &args)?);
            set_ops::combine(vm, set_ops::SetOp::Difference, s, &o)?
        }
        "symmetric_difference" => {
            let o = RefCell::new(other_set(vm, &args)?);
            set_ops::combine(vm, set_ops::SetOp::SymmetricDifference, s, &o)?
        }
        "issubset" => {
            let o = RefCell::new(other_set(vm, &args)?);
            Value::Bool(set_ops::relation(vm, set_ops::SetRelation::Subset, s, &o)?)
        }
        "issuperset" => {
            let o = RefCell::new(other_set(vm, &args)?);
            Value::Bool(set_ops::relation(vm, set_ops::SetRelation::Superset, s, &o)?)
        }
        "isdisjoint" => {
            let o = RefCell::new(other_set(vm, &args)?);
            Value::Bool(set_ops::relation(vm, set_ops::SetRelation::Disjoint, s, &o)?)
        }
        _ => return Err(exc("AttributeError", format!("'set' object has no attribute '{name}'"))),
    })
}

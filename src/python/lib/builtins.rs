//! The builtin functions and types: print, len, range, sorted, int(), str()…

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::python::object::errors::{ExcObj, exception_class, is_subclass};
use crate::python::object::value::{DictMap, IterState, Key, Num, Value, int_from_big};
use crate::python::vm::machine::Vm;
use crate::python::object::errors::{Res, exc, type_error};

const FUNCTIONS: &[&str] = &[
    "print", "len", "repr", "ord", "chr", "abs", "min", "max", "sum", "round", "sorted", "reversed",
    "enumerate", "zip", "map", "filter", "any", "all", "isinstance", "iter", "next", "divmod", "pow",
    "callable", "hash", "id", "format", "hex", "bin", "oct", "super", "aiter", "anext",
];
const TYPES: &[&str] = &["int", "float", "str", "bool", "list", "tuple", "dict", "set", "range", "type", "object", "slice"];

/// The builtin bound to `name`, if any.
pub fn lookup_builtin(name: &str) -> Option<Value> {
    if let Some(v) = super::more_builtins::lookup(name) {
        return Some(v);
    }
    if let Some(f) = FUNCTIONS.iter().find(|f| **f == name) {
        return Some(Value::Builtin(f));
    }
    if let Some(t) = TYPES.iter().find(|t| **t == name) {
        return Some(Value::Type(t));
    }
    if let Some(f) = super::class_builtins::FUNCTIONS.iter().find(|f| **f == name) {
        return Some(Value::Builtin(f));
    }
    if let Some(t) = super::class_builtins::TYPES.iter().find(|t| **t == name) {
        return Some(Value::Type(t));
    }
    if name == "__name__" {
        return Some(Value::str("__main__"));
    }
    if name == "NotImplemented" {
        return Some(Value::NotImplemented);
    }
    exception_class(name).filter(|n| !matches!(*n, "CancelledError" | "InvalidStateError" | "JSONDecodeError" | "StatisticsError" | "FrozenInstanceError")).map(Value::Type)
}

/// Every builtin name bound to its value (what `LoadGlobal` falls back to).
pub fn all_builtins() -> rustc_hash::FxHashMap<Rc<str>, Value> {
    let mut map = rustc_hash::FxHashMap::default();
    let names = FUNCTIONS.iter().chain(TYPES.iter()).copied().chain(["NotImplemented"]);
    let names = names.chain(super::class_builtins::FUNCTIONS.iter().chain(super::class_builtins::TYPES).copied());
    let exceptions = crate::python::object::errors::exception_names();
    for name in names.chain(exceptions) {
        if let Some(v) = lookup_builtin(name) {
            map.insert(Rc::from(name), v);
        }
    }
    for name in super::more_builtins::names() {
        if let Some(v) = super::more_builtins::lookup(name) {
            map.insert(Rc::from(name), v);
        }
    }
    map
}

/// Checks the positional argument count of a builtin.
pub fn arg_count(name: &str, args: &[Value], min: usize, max: usize) -> Res<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    if min == max {
        if min == 1 {
            return type_error(format!("{name}() takes exactly one argument ({n} given)"));
        }
        return type_error(format!("{name} expected {min} arguments, got {n}"));
    }
    if n < min {
        return type_error(format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" }));
    }
    type_error(format!("{name} expected at most {max} arguments, got {n}"))
}

fn kwarg<'a>(kwargs: &'a [(Rc<str>, Value)], name: &str) -> Option<&'a Value> {
    kwargs.iter().find(|(k, _)| &**k == name).map(|(_, v)| v)
}

fn to_i64(v: &Value, what: &str) -> Res<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::Big(_) => Err(exc("OverflowError", "Python int too large to convert to C ssize_t")),
        other => type_error(format!("'{}' object cannot be interpreted as an integer{what}", other.class_name())),
    }
}

/// Sorts values (list.sort and sorted), honouring `key=` and `reverse=`.
pub fn sort_values(vm: &mut Vm, items: Vec<Value>, kwargs: &[(Rc<str>, Value)]) -> Res<Vec<Value>> {
    let key = kwarg(kwargs, "key").filter(|k| !matches!(k, Value::None)).cloned();
    let reverse = kwarg(kwargs, "reverse").is_some_and(Value::truthy);
    if let Some(cmp) = key.as_ref().and_then(super::functools::cmp_function) {
        return sort_with_cmp(vm, items, &cmp, reverse);
    }
    let mut keyed: Vec<(Value, Value)> = Vec::with_capacity(items.len());
    for item in items {
        let k = match &key {
            Some(f) => vm.call(f, vec![item.clone()], Vec::new())?,
            None => item.clone(),
        };
        keyed.push((k, item));
    }
    if keyed.iter().any(|(k, _)| super::sorting::may_run_user_code(k)) {
        if reverse {
            keyed.reverse();
        }
        super::sorting::sort_by_lt(vm, &mut keyed)?;
        if reverse {
            keyed.reverse();
        }
        return Ok(keyed.into_iter().map(|(_, v)| v).collect());
    }
    let mut error = None;
    if reverse {
        keyed.reverse();
    }
    crate::sort::sort_by(&mut keyed, |a, b| match crate::python::vm::ops::order(&a.0, &b.0, "<") {
        Ok(o) => o,
        Err(e) => {
            error.get_or_insert(e);
            std::cmp::Ordering::Equal
        }
    });
    if let Some(e) = error {
        return Err(e);
    }
    if reverse {
        keyed.reverse();
    }
    Ok(keyed.into_iter().map(|(_, v)| v).collect())
}

/// Sorts by an old-style comparison function (`key=functools.cmp_to_key(f)`).
fn sort_with_cmp(vm: &mut Vm, mut items: Vec<Value>, cmp: &Value, reverse: bool) -> Res<Vec<Value>> {
    let mut error = None;
    if reverse {
        items.reverse();
    }
    crate::sort::sort_by(&mut items, |a, b| {
        if error.is_some() {
            return std::cmp::Ordering::Equal;
        }
        match vm.call(cmp, vec![a.clone(), b.clone()], Vec::new()) {
            Ok(r) => match crate::python::vm::ops::order(&r, &Value::Int(0), "<") {
                Ok(o) => o,
                Err(e) => {
                    error = Some(e);
                    std::cmp::Ordering::Equal
                }
            },
            Err(e) => {
                error = Some(e);
                std::cmp::Ordering::Equal
            }
        }
    });
    if let Some(e) = error {
        return Err(e);
    }
    if reverse {
        items.reverse();
    }
    Ok(items)
}

fn min_max(vm: &mut Vm, name: &str, args: Vec<Value>, kwargs: &[(Rc<str>, Value)]) -> Res<Value> {
    let items = if args.len() == 1 {
        vm.collect(&args[0])?
    } else if args.is_empty() {
        return type_error(format!("{name} expected at least 1 argument, got 0"));
    } else {
        args
    };
    if items.is_empty() {
        return match kwarg(kwargs, "default") {
            Some(d) => Ok(d.clone()),
            None => Err(exc("ValueError", format!("{name}() arg is an empty sequence"))),
        };
    }
    let key = kwarg(kwargs, "key").filter(|k| !matches!(k, Value::None)).cloned();
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => vm.call(f, vec![item.clone()], Vec::new())?,
            None => item.clone(),
        };
        let replace = match &best {
            None => true,
            Some((bk, _)) => {
                use crate::python::object::code::CmpOp;
                let op = if name == "min" { CmpOp::Lt } else { CmpOp::Gt };
                crate::python::vm::compare::compare_bool(vm, op, &k, bk)?
            }
        };
        if replace {
            best = Some((k, item));
        }
    }
    Ok(best.map(|(_, v)| v).unwrap_or(Value::None))
}

fn round_float(x: f64, ndigits: Option<i64>) -> Res<Value> {
    match ndigits {
        None => {
            let r = x.round();
            let r = if (x - x.trunc()).abs() == 0.5 { 2.0 * (x / 2.0).round() } else { r };
            super::math::float_to_int(r)
        }
        Some(n) if n >= 0 => {
            if !x.is_finite() || n > 330 {
                return Ok(Value::Float(x));
            }
            let s = format!("{:.*}", n as usize, x);
            Ok(Value::Float(s.parse().unwrap_or(x)))
        }
        Some(n) => {
            let p = 10f64.powi(n.saturating_neg().min(400) as i32);
            if p.is_infinite() {
                return Ok(Value::Float(0.0f64.copysign(x)));
            }
            let y = x / p;
            let r = y.round();
            let r = if (y - y.trunc()).abs() == 0.5 { 2.0 * (y / 2.0).round() } else { r };
            Ok(Value::Float(r * p))
        }
    }
}

/// `print(*args, sep=, end=, file=)`.
fn print_call(vm: &mut Vm, args: &[Value], kwargs: &[(Rc<str>, Value)]) -> Res<Value> {
    let sep = match kwarg(kwargs, "sep") {
        None | Some(Value::None) => " ".to_string(),
        Some(Value::Str(s)) => s.to_string(),
        Some(o) => return type_error(format!("sep must be None or a string, not {}", o.class_name())),
    };
    let end = match kwarg(kwargs, "end") {
        None | Some(Value::None) => "\n".to_string(),
        Some(Value::Str(s)) => s.to_string(),
        Some(o) => return type_error(format!("end must be None or a string, not {}", o.class_name())),
    };
    let mut pieces = Vec::with_capacity(args.len() * 2);
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            pieces.push(sep.clone());
        }
        pieces.push(crate::python::vm::instances::display(vm, a, false)?);
    }
    pieces.push(end);
    let file = kwarg(kwargs, "file").cloned();
    if let Some(done) = super::stringio::print_to(vm, file.as_ref(), &pieces) {
        done?;
        return Ok(Value::None);
    }
    let text = pieces.concat();
    let to_stderr = matches!(file, Some(Value::Module("sys.stderr")));
    vm.write(&text, to_stderr);
    Ok(Value::None)
}

/// `object`'s and `BaseException`'s own methods and the class builtins
/// (getattr, property…), if `name` is one of them.
fn call_special(vm: &mut Vm, name: &str, args: &[Value], kwargs: &crate::python::vm::library::Kwargs) -> Option<Res<Value>> {
    if let Some(r) = super::class_builtins::call_builtin(vm, name, args, kwargs) {
        return Some(r);
    }
    if let Some(op) = name.strip_prefix("base.") {
        return Some(super::subclass::call(vm, op, args, kwargs));
    }
    if name == "object.__init__" {
        if !args.is_empty() || !kwargs.is_empty() {
            return Some(type_error("object.__init__() takes exactly one argument (the instance to initialize)"));
        }
        return Some(Ok(Value::None));
    }
    if name.starts_with("object.__") {
        return Some(crate::python::vm::dunder::call_object_method(vm, name, args));
    }
    if name == "BaseException.__init__" {
        if let Some((Value::Exc(e), rest)) = args.split_first() {
            *e.args.borrow_mut() = rest.to_vec();
        }
        return Some(Ok(Value::None));
    }
    None
}

/// The arguments of a builtin that reads an IntEnum or StrEnum member as
/// the int or str it also is (`int(Priority.HIGH)`, `abs`, `range`…), with
/// such members replaced by their values.
fn as_mixed_values(name: &str, args: Vec<Value>) -> Vec<Value> {
    const READS_VALUE: &[&str] = &[
        "int", "float", "range", "abs", "round", "divmod", "hex", "bin",
        "oct", "chr", "ord", "pow", "bytes", "bytearray", "hash",
    ];
    if !(READS_VALUE.contains(&name) || name.starts_with("math.")) || !args.iter().any(|a| matches!(a, Value::Instance(_))) {
        return args;
    }
    // A class of its own that converts itself (`__int__`, `__float__`,
    // `__index__`…) is asked by the builtin.
    const CONVERSIONS: &[&str] = &["__int__", "__float__", "__index__", "__abs__", "__round__", "__hash__", "__pow__", "__divmod__", "__bytes__"];
    args.into_iter().map(|a| crate::python::object::scalar::scalar_of(&a, CONVERSIONS).unwrap_or(a)).collect()
}

/// Calls the builtin function `name`.
pub fn call_builtin(vm: &mut Vm, name: &str, args: Vec<Value>, kwargs: Vec<(Rc<str>, Value)>) -> Res<Value> {
    let args = as_mixed_values(name, args);
    if let Some(r) = call_special(vm, name, &args, &kwargs) {
        return r;
    }
    if let Some((module, func)) = name.split_once('.') {
        return super::modules::call_module_function(vm, module, func, args, kwargs);
    }
    Ok(match name {
        "print" => return print_call(vm, &args, &kwargs),
        "len" => {
            arg_count("len", &args, 1, 1)?;
            if let Value::Native(n) = &args[0]
                && let Some(backing) = n.backing()
            {
                return call_builtin(vm, "len", vec![backing], kwargs);
            }
            if let Some(n) = super::more_builtins::len(&args[0]) {
                return Ok(Value::Int(n as i64));
            }
            Value::Int(crate::python::vm::protocols::len(vm, &args[0])?)
        }
        "repr" => {
            arg_count("repr", &args, 1, 1)?;
            Value::str(&crate::python::vm::instances::display(vm, &args[0], true)?)
        }
        "format" => {
            arg_count("format", &args, 1, 2)?;
            let spec = args.get(1).map(Value::to_str).unwrap_or_default();
            Value::str(&crate::python::vm::instances::format(vm, &args[0], &spec)?)
        }
        "ord" => {
            arg_count("ord", &args, 1, 1)?;
            match &args[0] {
                Value::Str(s) if s.chars().count() == 1 => Value::Int(s.chars().next().map_or(0, |c| c as i64)),
                Value::Str(s) => {
                    return type_error(format!(
                        "ord() expected a character, but string of length {} found",
                        s.chars().count()
                    ));
                }
                o => return type_error(format!("ord() expected string of length 1, but {} found", o.class_name())),
            }
        }
        "chr" => {
            arg_count("chr", &args, 1, 1)?;
            let i = to_i64(&args[0], "")?;
            match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(c) => Value::str(&c.to_string()),
                None => return Err(exc("ValueError", "chr() arg not in range(0x110000)")),
            }
        }
        "hex" | "bin" | "oct" => {
            arg_count(name, &args, 1, 1)?;
            super::pow::check_index(&args[0])?;
            let spec = match name {
                "hex" => "#x",
                "bin" => "#b",
                _ => "#o",
            };
            Value::str(&crate::python::vm::format::format_value(&args[0], spec)?)
        }
        "abs" => {
            arg_count("abs", &args, 1, 1)?;
            if let Value::Native(n) = &args[0]
                && n.methods().contains(&"__abs__")
            {
                return vm.lib.call_method(vm, &args[0], "__abs__", Vec::new(), Vec::new());
            }
            match args[0].as_number() {
                Some(Num::I(i)) => i.checked_abs().map(Value::Int).unwrap_or_else(|| int_from_big(BigInt::from(i).abs())),
                Some(Num::B(b)) => int_from_big(b.abs()),
                Some(Num::F(f)) => Value::Float(f.abs()),
                None => match crate::python::vm::dunder::try_call(vm, &args[0], "__abs__", Vec::new()) {
                    Some(r) => r?,
                    None => {
                        let t = crate::python::vm::dunder::type_name(&args[0]);
                        return type_error(format!("bad operand type for abs(): '{t}'"));
                    }
                },
            }
        }
        "min" | "max" => min_max(vm, name, args, &kwargs)?,
        "sum" => {
            arg_count("sum", &args, 1, 2)?;
            let mut total = args.get(1).cloned().or_else(|| kwarg(&kwargs, "start").cloned()).unwrap_or(Value::Int(0));
            if let Value::Str(_) = total {
                return type_error("sum() can't sum strings [use ''.join(seq) instead]");
            }
            let items = vm.collect(&args[0])?;
            for item in items {
                total = crate::python::vm::ops::binary(vm, crate::python::object::code::BinOp::Add, total, item, false)?;
            }
            total
        }
        "round" if matches!(args.first(), Some(Value::Instance(_))) => {
            return super::numbers::instance_round(vm, args, &kwargs);
        }
        "round" => {
            arg_count("round", &args, 1, 2)?;
            let nd = match args.get(1).or_else(|| kwarg(&kwargs, "ndigits")) {
                None | Some(Value::None) => None,
                Some(v) => Some(to_i64(v, "")?),
            };
            match (&args[0], nd) {
                (Value::Float(f), _) => round_float(*f, nd)?,
                (Value::Int(_) | Value::Big(_) | Value::Bool(_), None) => match args[0].as_number() {
                    Some(Num::I(i)) => Value::Int(i),
                    _ => args[0].clone(),
                },
                (Value::Int(i), Some(n)) if n < 0 => {
                    // Past 10**18 every i64 rounds to 0 (`round(5, -2**63)` once panicked).
                    let Some(p) = u32::try_from(n.unsigned_abs()).ok().and_then(|m| 10i64.checked_pow(m)) else {
                        return Ok(Value::Int(0));
                    };
                    let (q, r) = (i.div_euclid(p), i.rem_euclid(p));
                    let q = if 2 * r > p || (2 * r == p && q % 2 != 0) { q + 1 } else { q };
                    Value::Int(q.saturating_mul(p))
                }
                (Value::Int(_) | Value::Big(_) | Value::Bool(_), Some(_)) => args[0].clone(),
                (o, _) => return type_error(format!("type {} doesn't define __round__ method", o.class_name())),
            }
        }
        "sorted" | "reversed" | "enumerate" | "zip" | "map" | "filter" | "any" | "all" | "isinstance" | "iter" | "next" => return call_iteration_builtin(vm, name, args, kwargs),
        "aiter" => return super::generators::aiter(vm, args),
        "anext" => return super::generators::anext(vm, args),
        "divmod" => {
            arg_count("divmod", &args, 2, 2)?;
            super::pow::check_divmod(&args[0], &args[1])?;
            let q = crate::python::vm::ops::binary(vm, crate::python::object::code::BinOp::FloorDiv, args[0].clone(), args[1].clone(), false)?;
            let r = crate::python::vm::ops::binary(vm, crate::python::object::code::BinOp::Mod, args[0].clone(), args[1].clone(), false)?;
            Value::tuple(vec![q, r])
        }
        "pow" => return super::pow::pow(vm, args),
        "callable" => {
            arg_count("callable", &args, 1, 1)?;
            Value::Bool(match &args[0] {
                Value::Instance(_) => crate::python::vm::dunder::special(&args[0], "__call__").is_some(),
                v => matches!(v, Value::Function(_) | Value::Builtin(_) | Value::Method(_) | Value::Type(_) | Value::Class(_) | Value::Bound(_))
                    || matches!(crate::python::object::descriptors::descriptor(v), crate::python::object::descriptors::Descriptor::StaticMethod(_)),
            })
        }
        "hash" => {
            arg_count("hash", &args, 1, 1)?;
            use std::hash::{Hash, Hasher};
            if let Value::Native(n) = &args[0]
                && let Some(backing) = n.backing()
            {
                return call_builtin(vm, "hash", vec![backing], kwargs);
            }
            if let Some(h) = crate::python::vm::keys::instance_hash(vm, &args[0])? {
                return Ok(Value::Int(h));
            }
            let key = crate::python::vm::keys::make_key(vm, args[0].clone())?;
            if let Some(h) = crate::python::object::set_order::py_hash(&args[0]) {
                return Ok(Value::Int(h));
            }
            match &args[0] {
                Value::Int(i) => Value::Int(*i),
                Value::Bool(b) => Value::Int(*b as i64),
                _ => {
                    let mut h = std::collections::hash_map::DefaultHasher::new();
                    key.hash(&mut h);
                    Value::Int(h.finish() as i64 >> 1)
                }
            }
        }
        "id" => return super::identity::id(&args),
        _ => match super::more_builtins::call(vm, name, &args, &kwargs) {
            Some(result) => return result,
            None => return Err(exc("NameError", format!("name '{name}' is not defined"))),
        },
    })
}

/// The builtins that iterate or make iterators: sorted, reversed, enumerate,
/// zip, map, filter, any, all, iter, next, and isinstance.
fn call_iteration_builtin(vm: &mut Vm, name: &str, args: Vec<Value>, kwargs: Vec<(Rc<str>, Value)>) -> Res<Value> {
    Ok(match name {
        "sorted" => {
            arg_count("sorted", &args, 1, 1)?;
            let items = vm.collect(&args[0])?;
            Value::list(sort_values(vm, items, &kwargs)?)
        }
        "reversed" => {
            arg_count("reversed", &args, 1, 1)?;
            let mut items = match &args[0] {
                Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(..) | Value::Dict(_) => vm.collect(&args[0])?,
                Value::Native(n) if reversible(n.as_ref()) => vm.collect(&args[0])?,
                Value::Class(c) if crate::python::object::enums::is_enum(c) => vm.collect(&args[0])?,
                v @ Value::Instance(_) => return super::numbers::instance_reversed(vm, v),
                o => return type_error(format!("'{}' object is not reversible", o.class_name())),
            };
            items.reverse();
            Value::Iter(Rc::new(RefCell::new(IterState::Seq(Rc::new(items), 0))))
        }
        "enumerate" => {
            arg_count("enumerate", &args, 1, 2)?;
            let start = match args.get(1).or_else(|| kwarg(&kwargs, "start")) {
                Some(v) => to_i64(v, "")?,
                None => 0,
            };
            let it = crate::python::vm::iter::get_iter(vm, &args[0])?;
            Value::Iter(Rc::new(RefCell::new(IterState::Enumerate(it, start))))
        }
        "zip" => {
            let its = args.iter().map(|a| crate::python::vm::iter::get_iter(vm, a)).collect::<Res<Vec<_>>>()?;
            Value::Iter(Rc::new(RefCell::new(IterState::Zip(its))))
        }
        "map" => {
            if args.len() < 2 {
                return type_error("map() must have at least two arguments.");
            }
            let its = args[1..].iter().map(|a| crate::python::vm::iter::get_iter(vm, a)).collect::<Res<Vec<_>>>()?;
            Value::Iter(Rc::new(RefCell::new(IterState::Map(args[0].clone(), its))))
        }
        "filter" => {
            arg_count("filter", &args, 2, 2)?;
            let it = crate::python::vm::iter::get_iter(vm, &args[1])?;
            Value::Iter(Rc::new(RefCell::new(IterState::Filter(args[0].clone(), it))))
        }
        "any" | "all" => {
            arg_count(name, &args, 1, 1)?;
            let it = crate::python::vm::iter::get_iter(vm, &args[0])?;
            let want = name == "any";
            while let Some(v) = crate::python::vm::iter::next(vm, &it)? {
                if crate::python::vm::dunder::truthy(vm, &v)? == want {
                    return Ok(Value::Bool(want));
                }
            }
            Value::Bool(!want)
        }
        "isinstance" => {
            arg_count("isinstance", &args, 2, 2)?;
            if let Value::Class(c) = &args[1]
                && super::typing_classes::is_protocol(c)
            {
                return super::typing_protocols::instance_check(vm, &args[0], c).map(Value::Bool);
            }
            Value::Bool(isinstance(&args[0], &args[1])?)
        }
        "iter" => {
            arg_count("iter", &args, 1, 1)?;
            crate::python::vm::iter::get_iter(vm, &args[0])?
        }
        "next" => {
            arg_count("next", &args, 1, 2)?;
            if let Value::Instance(_) = &args[0] {
                return match crate::python::vm::dunder::try_call(vm, &args[0], "__next__", Vec::new()) {
                    Some(Err(e)) if e.kind == "StopIteration" && args.len() == 2 => Ok(args[1].clone()),
                    Some(r) => r,
                    None => {
                        let t = crate::python::vm::dunder::type_name(&args[0]);
                        type_error(format!("'{t}' object is not an iterator"))
                    }
                };
            }
            if let (Value::Gen(g), None) = (&args[0], args.get(1))
                && g.borrow().is_generator()
            {
                return match vm.resume(g, Value::None, None) {
                    crate::python::vm::machine::FrameResult::Yield(v) => Ok(v),
                    crate::python::vm::machine::FrameResult::Return(v) => {
                        let a = if matches!(v, Value::None) { Vec::new() } else { vec![v] };
                        Err(ExcObj::new("StopIteration", a))
                    }
                    crate::python::vm::machine::FrameResult::Raise(e) => Err(e),
                };
            }
            match crate::python::vm::iter::next(vm, &args[0])? {
                Some(v) => v,
                None => match args.get(1) {
                    Some(d) => d.clone(),
                    None => return Err(ExcObj::new("StopIteration", Vec::new())),
                },
            }
        }
        _ => return Err(exc("NameError", format!("name '{name}' is not defined"))),
    })
}

/// Whether `reversed()` takes a library object: a deque, a dict subclass
/// but ChainMap, a namedtuple.
fn reversible(n: &dyn crate::python::object::native::NativeObject) -> bool {
    match n.backing() {
        Some(Value::List(_)) => true,
        Some(Value::Dict(_)) => n.type_name() != "ChainMap",
        Some(Value::Tuple(_)) => n.equals_builtin(),
        _ => false,
    }
}

/// `isinstance(v, class)`.
pub fn isinstance(v: &Value, class: &Value) -> Res<bool> {
    match class {
        Value::Tuple(items) => {
            for c in items.iter() {
                if isinstance(v, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Class(c) if super::typing_classes::is_protocol(c) => super::typing_classes::protocol_check(),
        Value::Class(c) => Ok(match v {
            Value::Instance(i) => i.class.is_subclass_of(c),
            Value::Exc(e) => e.class.borrow().as_ref().is_some_and(|own| own.is_subclass_of(c)),
            _ => false,
        }),
        Value::Type(t) if matches!(v, Value::Instance(_) | Value::Exc(_)) => {
            let class = crate::python::object::classes::type_of(v);
            super::class_builtins::issubclass(&class, &Value::Type(t))
        }
        Value::Type(t) => Ok(match (*t, v) {
            ("object", _) => true,
            ("int", Value::Int(_) | Value::Big(_) | Value::Bool(_)) => true,
            ("bool", Value::Bool(_)) => true,
            ("float", Value::Float(_)) => true,
            ("str", Value::Str(_)) => true,
            ("list", Value::List(_)) => true,
            ("tuple", Value::Tuple(_)) => true,
            ("dict", Value::Dict(_)) => true,
            ("set", Value::Set(_)) => true,
            ("frozenset", Value::FrozenSet(_)) => true,
            ("bytes", Value::Bytes(_, false)) => true,
            ("bytearray", Value::Bytes(_, true)) => true,
            ("range", Value::Range(..)) => true,
            ("slice", Value::Slice(..)) => true,
            ("type", Value::Type(_) | Value::Class(_)) => true,
            ("dict", Value::Native(n)) => n.equals_builtin() && matches!(n.backing(), Some(Value::Dict(_))),
            ("tuple", Value::Native(n)) => n.equals_builtin() && matches!(n.backing(), Some(Value::Tuple(_))),
            (t, Value::Exc(e)) => is_subclass(e.kind, t),
            (t, Value::Handle(kind, _)) => super::class_builtins::builtin_subclass(kind.type_name, t),
            (t, v) => v.type_name() == t,
        }),
        Value::Native(n) if let Some(members) = crate::python::object::union_type::members(n) => {
            for m in members {
                if isinstance(v, &m)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Native(n) if n.type_name() == "GenericAlias" => type_error("isinstance() argument 2 cannot be a parameterized generic"),
        Value::Builtin(_) | Value::Native(_) if let Value::Instance(i) = v => {
            Ok(i.class.mro.iter().any(|c| crate::python::object::mro::same(c, class)))
        }
        Value::Builtin(_) | Value::Native(_) => match super::natives::is_instance(v, class) {
            Some(b) => Ok(b),
            None => type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"),
        },
        _ => type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"),
    }
}

/// CPython 3.11's limit on decimal-string-to-int conversion (bases that are
/// not powers of two): a ValueError past 4300 digits.
fn check_int_str_length(text: &str, base: u32) -> Res<()> {
    let t = text.trim().trim_start_matches(['-', '+']).to_ascii_lowercase();
    let prefixed = base == 0 && (t.starts_with("0x") || t.starts_with("0o") || t.starts_with("0b"));
    if base.is_power_of_two() || prefixed {
        return Ok(());
    }
    let digits = t.chars().filter(char::is_ascii_alphanumeric).count();
    let limit = crate::python::object::value::INT_MAX_STR_DIGITS;
    if digits > limit {
        return Err(exc(
            "ValueError",
            format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
            ),
        ));
    }
    Ok(())
}

fn parse_int(text: &str, base: u32) -> Option<Value> {
    let t = text.trim().replace('_', "");
    let (neg, digits) = match t.strip_prefix('-') {
        Some(r) => (true, r.to_string()),
        None => (false, t.strip_prefix('+').unwrap_or(&t).to_string()),
    };
    let (digits, base) = if base == 0 || base == 16 || base == 8 || base == 2 {
        let lower = digits.to_ascii_lowercase();
        match (lower.get(..2), base) {
            (Some("0x"), 0 | 16) => (lower[2..].to_string(), 16),
            (Some("0o"), 0 | 8) => (lower[2..].to_string(), 8),
            (Some("0b"), 0 | 2) => (lower[2..].to_string(), 2),
            (_, 0) => (lower, 10),
            _ => (lower, base),
        }
    } else {
        (digits, base)
    };
    if digits.is_empty() || !(2..=36).contains(&base) || !digits.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    let b = BigInt::parse_bytes(digits.as_bytes(), base)?;
    Some(int_from_big(if neg { -b } else { b }))
}

/// `int(x)` / `int(s, base)`.
fn int_call(vm: &mut Vm, args: &[Value], kwargs: &[(Rc<str>, Value)]) -> Res<Value> {
    arg_count("int", args, 0, 2)?;
    let base = match args.get(1).or_else(|| kwarg(kwargs, "base")) {
        Some(b) => match to_i64(b, "")? {
            b @ (0 | 2..=36) => Some(b as u32),
            _ => return Err(exc("ValueError", "int() base must be >= 2 and <= 36, or 0")),
        },
        None => None,
    };
    if let Some(Value::Str(s)) = args.first() {
        check_int_str_length(s, base.unwrap_or(10))?;
    }
    if let (Some(v @ Value::Instance(_)), None) = (args.first(), base) {
        return super::numbers::instance_to_int(vm, v);
    }
    Ok(match (args.first(), base) {
        (None, _) => Value::Int(0),
        (Some(Value::Str(s)), b) => match parse_int(s, b.unwrap_or(10)) {
            Some(v) => v,
            None => {
                return Err(exc(
                    "ValueError",
                    format!("invalid literal for int() with base {}: {}", b.unwrap_or(10), Value::Str(s.clone()).repr()),
                ));
            }
        },
        (Some(_), Some(_)) => return type_error("int() can't convert non-string with explicit base"),
        (Some(v), None) => match v.as_number() {
            Some(Num::I(i)) => Value::Int(i),
            Some(Num::B(b)) => Value::Big(b),
            Some(Num::F(f)) => super::math::float_to_int(f.trunc())?,
            None => {
                return type_error(format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                    v.class_name()
                ));
            }
        },
    })
}

/// Calls a type object: `int("3")`, `list(x)`, `ValueError("bad")`.
pub fn call_type(vm: &mut Vm, name: &'static str, args: Vec<Value>, kwargs: Vec<(Rc<str>, Value)>) -> Res<Value> {
    let args = as_mixed_values(name, args);
    if let Some(r) = super::class_builtins::call_type(vm, name, &args, &kwargs) {
        return r;
    }
    if crate::python::object::exception_group::is_group_kind(name) {
        return Ok(Value::Exc(crate::python::object::exception_group::new_group(name, args)?));
    }
    if exception_class(name).is_some() {
        return Ok(Value::Exc(ExcObj::new(name, args)));
    }
    if let Some(result) = super::more_builtins::call_type(vm, name, &args, &kwargs) {
        return result;
    }
    Ok(match name {
        "int" => int_call(vm, &args, &kwargs)?,
        "float" => {
            arg_count("float", &args, 0, 1)?;
            if let Some(v @ Value::Instance(_)) = args.first() {
                return super::numbers::instance_to_float(vm, v);
            }
            match args.first() {
                None => Value::Float(0.0),
                Some(Value::Str(s)) => {
                    let t = s.trim().replace('_', "");
                    let lower = t.to_ascii_lowercase();
                    let parsed = match lower.trim_start_matches(['+', '-']) {
                        "inf" | "infinity" => Some(if lower.starts_with('-') { f64::NEG_INFINITY } else { f64::INFINITY }),
                        "nan" => Some(f64::NAN),
                        _ => t.parse::<f64>().ok(),
                    };
                    match parsed {
                        Some(f) => Value::Float(f),
                        None => {
                            return Err(exc(
                                "ValueError",
                                format!("could not convert string to float: {}", Value::Str(s.clone()).repr()),
                            ));
                        }
                    }
                }
                Some(v) => match v.as_number() {
                    Some(n) => {
                        let f = n.to_f64();
                        if f.is_infinite() && !matches!(n, Num::F(_)) {
                            return Err(exc("OverflowError", "int too large to convert to float"));
                        }
                        Value::Float(f)
                    }
                    None => {
                        return type_error(format!(
                            "float() argument must be a string or a real number, not '{}'",
                            v.class_name()
                        ));
                    }
                },
            }
        }
        "str" => match args.first() {
            None => Value::str(""),
            // `str(b, encoding[, errors])` decodes, as `b.decode(...)` does.
            Some(b @ Value::Bytes(..)) if args.len() > 1 || !kwargs.is_empty() => {
                return super::bytes::method(vm, b, "decode", args[1..].to_vec(), kwargs);
            }
            Some(v) => Value::str(&crate::python::vm::instances::display(vm, v, false)?),
        },
        "bool" => Value::Bool(match args.first() {
            Some(v) => crate::python::vm::dunder::truthy(vm, v)?,
            None => false,
        }),
        "list" | "tuple" | "set" if args.len() > 1 => {
            return type_error(format!("{name} expected at most 1 argument, got {}", args.len()));
        }
        "list" | "tuple" | "set" if !kwargs.is_empty() => return type_error(format!("{name}() takes no keyword arguments")),
        "list" => Value::list(match args.first() {
            None => Vec::new(),
            Some(v) => vm.collect(v)?,
        }),
        "tuple" => match args.first() {
            None => Value::tuple(Vec::new()),
            Some(Value::Tuple(t)) => Value::Tuple(t.clone()),
            Some(v) => Value::tuple(vm.collect(v)?),
        },
        "set" => {
            let items = match args.first() {
                Some(v) => vm.collect(v)?,
                None => Vec::new(),
            };
            crate::python::vm::keys::new_set(vm, items)?
        }
        "dict" => {
            let mut map = DictMap::new();
            if let Some(v) = args.first() {
                let backing = match v {
                    Value::Native(n) if matches!(n.backing(), Some(Value::Dict(_))) => n.backing(),
                    _ => None,
                };
                match backing.as_ref().unwrap_or(v) {
                    Value::Dict(d) => map = d.borrow().clone(),
                    Value::Instance(_) if crate::python::vm::dunder::special(v, "keys").is_some() => {
                        let cell = RefCell::new(DictMap::new());
                        for (k, val) in crate::python::vm::protocols::mapping_items(vm, v)? {
                            crate::python::vm::keys::dict_set(vm, &cell, k, val)?;
                        }
                        map = cell.into_inner();
                    }
                    other => {
                        for (i, item) in vm.collect(other)?.into_iter().enumerate() {
                            let iterable = match &item {
                                Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Dict(_) | Value::Set(_) | Value::Iter(_) => true,
                                // A tuple subclass's instance, a namedtuple.
                                Value::Instance(_) => crate::python::vm::dunder::special(&item, "__iter__").is_some(),
                                Value::Native(n) => n.backing().is_some(),
                                _ => false,
                            };
                            if !iterable {
                                return type_error(format!(
                                    "cannot convert dictionary update sequence element #{i} to a sequence"
                                ));
                            }
                            let kv = vm.collect(&item)?;
                            if kv.len() != 2 {
                                return Err(exc(
                                    "ValueError",
                                    format!("dictionary update sequence element #0 has length {}; 2 is required", kv.len()),
                                ));
                            }
                            let cell = RefCell::new(std::mem::take(&mut map));
                            crate::python::vm::keys::dict_set(vm, &cell, kv[0].clone(), kv[1].clone())?;
                            map = cell.into_inner();
                        }
                    }
                }
            }
            for (k, v) in kwargs {
                map.insert(Key(Value::Str(k)), v);
            }
            Value::Dict(Rc::new(RefCell::new(map)))
        }
        "range" => {
            arg_count("range", &args, 1, 3)?;
            let ints = args.iter().map(|a| to_i64(a, "")).collect::<Res<Vec<i64>>>()?;
            let (a, b, c) = match ints.as_slice() {
                [b] => (0, *b, 1),
                [a, b] => (*a, *b, 1),
                [a, b, c] => (*a, *b, *c),
                _ => (0, 0, 1),
            };
            if c == 0 {
                return Err(exc("ValueError", "range() arg 3 must not be zero"));
            }
            Value::Range(Rc::new((a, b, c)))
        }
        "type" => {
            arg_count("type", &args, 1, 1)?;
            crate::python::object::classes::type_of(&args[0])
        }
        "object" => return type_error("object() is not supported"),
        "slice" => {
            arg_count("slice", &args, 1, 3)?;
            let mut a = args.into_iter();
            let (x, y, z) = (a.next(), a.next(), a.next());
            let n = Value::None;
            Value::Slice(Rc::new(match (x, y, z) {
                (Some(stop), None, _) => (n.clone(), stop, n),
                (Some(start), Some(stop), step) => (start, stop, step.unwrap_or(n)),
                _ => (n.clone(), n.clone(), n),
            }))
        }
        other => return type_error(format!("cannot create '{other}' instances")),
    })
}

/// Converts a number argument to f64 (for time.sleep and friends).
pub fn number_arg(v: &Value, func: &str) -> Res<f64> {
    let value = crate::python::object::scalar::scalar_of(v, &["__float__"]);
    match value.as_ref().unwrap_or(v).as_number() {
        Some(n) => Ok(n.to_f64()),
        None => type_error(format!("{func}: '{}' object cannot be interpreted as a number", v.class_name())),
    }
}

/// An int argument as a bigint.
pub fn big_arg(v: &Value) -> Res<BigInt> {
    match v.as_number() {
        Some(Num::I(i)) => Ok(BigInt::from(i)),
        Some(Num::B(b)) => Ok((*b).clone()),
        Some(Num::F(f)) => {
            let _ = f.to_i64();
            type_error("'float' object cannot be interpreted as an integer")
        }
        None => type_error(format!("'{}' object cannot be interpreted as an integer", v.class_name())),
    }
}

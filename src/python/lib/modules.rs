//! The importable modules, and the functions of those that need no event
//! loop or thread: `time`, `random`, `sys` (asyncio and the threading
//! modules belong to the asyncio bridge, the aio room).

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::builtins::{arg_count, big_arg, number_arg};
use super::random::Mt19937;
use crate::python::object::value::{Value, int_from_big};
use crate::python::vm::machine::Vm;
use crate::python::object::errors::{Res, exc, type_error};

const MODULES: &[&str] = &[
    "time", "random", "asyncio", "sys", "threading", "concurrent", "concurrent.futures", "multiprocessing", "os", "queue",
    "os.path", "collections.abc",
    "collections", "math", "functools", "itertools", "json", "operator", "string", "typing", "logging", "contextlib", "datetime", "heapq", "bisect", "statistics", "traceback", "io", "enum",
    "textwrap", "dataclasses", "abc",
];
const TIME: &[&str] = &["time", "perf_counter", "monotonic", "sleep"];
const RANDOM: &[&str] = &["seed", "random", "randint", "randrange", "uniform", "choice", "shuffle", "getrandbits"];

/// `import name`.
pub fn import(name: &str) -> Res<Value> {
    match MODULES.iter().find(|m| **m == name) {
        Some(m) => Ok(Value::Module(m)),
        None => Err(exc("ModuleNotFoundError", format!("No module named '{name}'"))),
    }
}

fn qualified(module: &str, name: &str) -> Option<&'static str> {
    const ALL: &[&str] = &[
        "time.time", "time.perf_counter", "time.monotonic", "time.sleep", "random.seed", "random.random",
        "random.randint", "random.randrange", "random.uniform", "random.choice", "random.shuffle",
        "random.getrandbits",
    ];
    ALL.iter().find(|q| q.split_once('.') == Some((module, name))).copied()
}

/// The `string` module's constants.
fn string_constant(name: &str) -> Option<Value> {
    const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
    const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const PUNCTUATION: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    let text = match name {
        "ascii_lowercase" => LOWER.to_string(),
        "ascii_uppercase" => UPPER.to_string(),
        "ascii_letters" => format!("{LOWER}{UPPER}"),
        "digits" => "0123456789".to_string(),
        "hexdigits" => "0123456789abcdefABCDEF".to_string(),
        "octdigits" => "01234567".to_string(),
        "punctuation" => PUNCTUATION.to_string(),
        "whitespace" => " \t\n\r\x0b\x0c".to_string(),
        "printable" => format!("0123456789{LOWER}{UPPER}{PUNCTUATION} \t\n\r\x0b\x0c"),
        _ => return None,
    };
    Some(Value::str(&text))
}

/// `module.name`, if the module has it.
pub fn module_attr(module: &str, name: &str) -> Option<Value> {
    let list: &[&str] = match module {
        "collections" => return super::collections::attr(name),
        "collections.abc" => return super::typing::abc_attr(name),
        "math" => return super::math::attr(name),
        "functools" => return super::functools::attr(name),
        "contextlib" => return super::contextlib::attr(name).or_else(|| super::contextlib_managers::attr(name)),
        "io" => return super::stringio::attr(name),
        "itertools" => return super::itertools::attr(name),
        "json" => return super::json::attr(name),
        "operator" => return super::operator::attr(name),
        "string" => return string_constant(name),
        "typing" => return super::typing::attr(name),
        "logging" => return super::logging::attr(name),
        "datetime" => return super::datetime::attr(name),
        "heapq" | "bisect" => return super::heapq::attr(module, name),
        "statistics" => return super::statistics::attr(name),
        "textwrap" => return super::textwrap::attr(name),
        "time" => TIME,
        "random" => RANDOM,
        "sys" => {
            return match name {
                "stdout" => Some(Value::Module("sys.stdout")),
                "stderr" => Some(Value::Module("sys.stderr")),
                "exit" => Some(Value::Builtin("sys.exit")),
                "exc_info" => Some(Value::Builtin("sys.exc_info")),
                "exception" => Some(Value::Builtin("sys.exception")),
                "argv" => Some(Value::list(vec![Value::str("PROGRAM.py")])),
                _ => super::sys::attr("sys", name),
            };
        }
        "sys.stdout" | "sys.stderr" => return super::sys::attr(module, name),
        "concurrent" if name == "futures" => return Some(Value::Module("concurrent.futures")),
        "traceback" => return super::traceback_module::attr(name),
        "dataclasses" => return super::dataclasses::attr(name),
        _ => &[],
    };
    if list.contains(&name) {
        return qualified(module, name).map(Value::Builtin);
    }
    if module == "random"
        && let Some(q) = super::random_extras::NAMES.iter().find(|q| q.strip_prefix("random.") == Some(name))
    {
        return Some(Value::Builtin(q));
    }
    if module == "time"
        && let Some(q) = super::wallclock::NAMES.iter().find(|q| q.strip_prefix("time.") == Some(name))
    {
        return Some(Value::Builtin(q));
    }
    None
}

/// Calls `module.func(*args)`.
pub fn call_module_function(vm: &mut Vm, module: &str, func: &str, args: Vec<Value>, kwargs: Vec<(Rc<str>, Value)>) -> Res<Value> {
    // These work on a list's (or tuple's) items, in place for heapq, bisect
    // and shuffle: a list subclass's instance is handed over as its list.
    let args = if matches!(module, "random" | "heapq" | "bisect" | "statistics" | "math") {
        args.into_iter().map(|a| match super::subclass::unwrap(&a) {
            b @ (Value::List(_) | Value::Tuple(_)) => b,
            _ => a,
        }).collect()
    } else {
        args
    };
    match (module, func) {
        ("traceback", f) => super::traceback_module::call(vm, f, args),
        ("enum", f) => super::enum_module::call(vm, f, args, kwargs),
        ("abc", f) => super::abc::call(vm, f, args, kwargs),
        ("time", "sleep") => {
            arg_count("sleep", &args, 1, 1)?;
            let d = number_arg(&args[0], "sleep")?;
            if d < 0.0 {
                return Err(exc("ValueError", "sleep length must be non-negative"));
            }
            let woke = vm.clock.wake_time(vm.now() + d);
            let now = vm.unless_halted(woke.ok_or_else(|| exc("RuntimeError", "the run was halted by its driver")))?;
            vm.set_clock(now);
            if now > vm.limits.max_time {
                let msg = format!(
                    "looplab: stopped at virtual time {} (the --max-time limit of {} s)",
                    crate::python::object::float_repr::float_repr(now),
                    vm.limits.max_time
                );
                return Err(vm.stop(msg));
            }
            Ok(Value::None)
        }
        ("time", f) if super::wallclock::NAMES.iter().any(|q| q.strip_prefix("time.") == Some(f)) => {
            super::wallclock::call(vm, f, args)
        }
        ("time", _) => Ok(Value::Float(vm.now())),
        ("random", f) if super::random_extras::NAMES.iter().any(|q| q.strip_prefix("random.") == Some(f)) => {
            super::random_extras::call(vm, f, args, kwargs)
        }
        ("random", f) => random_call(vm, f, args),
        ("sys", "exc_info" | "exception") => {
            arg_count(func, &args, 0, 0)?;
            Ok(super::exceptions::current_exception_info(vm, func == "exc_info"))
        }
        ("collections", f) => super::collections::call(vm, f, args, kwargs),
        ("math", f) => super::math::call(vm, f, args, kwargs),
        ("functools", f) => super::functools::call(vm, f, args, kwargs),
        ("itertools", f) => super::itertools::call(vm, f, args, kwargs),
        ("json", f) => super::json::call(vm, f, args, kwargs),
        ("operator", f) => super::operator::call(vm, f, args, kwargs),
        ("typing", f) => super::typing::call(vm, f, args, kwargs),
        ("dataclasses", f) => super::dataclasses::call(vm, f, args, kwargs),
        ("logging", f) => super::logging::call(vm, f, args, kwargs),
        ("io", f) => super::stringio::call(f, args, kwargs),
        ("contextlib", f) => match super::contextlib::call(f, args.clone(), kwargs.clone()) {
            Some(r) => r,
            None => match super::contextlib_managers::call(f, args, kwargs) {
                Some(r) => r,
                None => Err(exc("AttributeError", format!("module 'contextlib' has no attribute '{f}'"))),
            },
        },
        ("heapq" | "bisect", f) => super::heapq::call(vm, f, args, kwargs),
        ("statistics", f) => super::statistics::call(vm, f, args, kwargs),
        ("textwrap", f) => super::textwrap::call(vm, f, args, kwargs),
        ("sys", f) if super::sys::owns(f) => super::sys::call(vm, f, args),
        ("sys", "exit") => {
            arg_count("exit", &args, 0, 1)?;
            Err(crate::python::object::errors::ExcObj::new("SystemExit", args))
        }
        _ => Err(exc("AttributeError", format!("module '{module}' has no attribute '{func}'"))),
    }
}

fn randrange(vm: &mut Vm, start: BigInt, stop: Option<BigInt>, step: BigInt) -> Res<Value> {
    let Some(stop) = stop else {
        if start.is_positive() {
            return Ok(int_from_big(vm.ext.get_mut::<Mt19937>().randbelow(&start)));
        }
        return Err(exc("ValueError", "empty range for randrange()"));
    };
    let width = &stop - &start;
    if step == BigInt::from(1) {
        if width.is_positive() {
            return Ok(int_from_big(&start + vm.ext.get_mut::<Mt19937>().randbelow(&width)));
        }
        return Err(exc("ValueError", format!("empty range for randrange() ({start}, {stop}, {width})")));
    }
    if step.is_zero() {
        return Err(exc("ValueError", "zero step for randrange()"));
    }
    let n: BigInt = if step.is_positive() { (&width + &step - 1) / &step } else { (&width + &step + 1) / &step };
    if !n.is_positive() {
        return Err(exc("ValueError", "empty range for randrange()"));
    }
    Ok(int_from_big(&start + &step * vm.ext.get_mut::<Mt19937>().randbelow(&n)))
}

fn random_call(vm: &mut Vm, f: &str, args: Vec<Value>) -> Res<Value> {
    match f {
        "seed" => {
            arg_count("seed", &args, 0, 2)?;
            match args.first() {
                None | Some(Value::None) => {}
                Some(Value::Float(x)) => {
                    let bits = BigInt::from(x.to_bits());
                    *vm.ext.get_mut::<Mt19937>() = Mt19937::from_int(&bits);
                }
                Some(v @ (Value::Int(_) | Value::Big(_) | Value::Bool(_))) => {
                    *vm.ext.get_mut::<Mt19937>() = Mt19937::from_int(&big_arg(v)?);
                    vm.ext.get_mut::<super::random_extras::GaussNext>().0 = None;
                }
                Some(other) => {
                    return type_error(format!(
                        "looplab seeds random only from an int, not '{}'",
                        other.type_name()
                    ));
                }
            }
            Ok(Value::None)
        }
        "random" => Ok(Value::Float(vm.ext.get_mut::<Mt19937>().random())),
        "uniform" => {
            arg_count("uniform", &args, 2, 2)?;
            let a = number_arg(&args[0], "uniform")?;
            let b = number_arg(&args[1], "uniform")?;
            Ok(Value::Float(a + (b - a) * vm.ext.get_mut::<Mt19937>().random()))
        }
        "randint" => {
            arg_count("randint", &args, 2, 2)?;
            let a = big_arg(&args[0])?;
            let b = big_arg(&args[1])?;
            randrange(vm, a, Some(b + 1), BigInt::from(1))
        }
        "randrange" => {
            arg_count("randrange", &args, 1, 3)?;
            let start = big_arg(&args[0])?;
            let stop = args.get(1).map(big_arg).transpose()?;
            let step = args.get(2).map(big_arg).transpose()?.unwrap_or_else(|| BigInt::from(1));
            randrange(vm, start, stop, step)
        }
        "getrandbits" => {
            arg_count("getrandbits", &args, 1, 1)?;
            let k = big_arg(&args[0])?.to_u64().unwrap_or(0);
            Ok(int_from_big(vm.ext.get_mut::<Mt19937>().getrandbits(k)))
        }
        "choice" => {
            arg_count("choice", &args, 1, 1)?;
            let items = vm.collect(&args[0])?;
            if items.is_empty() {
                return Err(exc("IndexError", "Cannot choose from an empty sequence"));
            }
            let i = vm.ext.get_mut::<Mt19937>().randbelow(&BigInt::from(items.len())).to_usize().unwrap_or(0);
            Ok(items[i].clone())
        }
        "shuffle" => {
            arg_count("shuffle", &args, 1, 1)?;
            let Value::List(l) = &args[0] else {
                return type_error(format!("'{}' object does not support item assignment", args[0].type_name()));
            };
            let n = l.borrow().len();
            for i in (1..n).rev() {
                let j = vm.ext.get_mut::<Mt19937>().randbelow(&BigInt::from(i + 1)).to_usize().unwrap_or(0);
                l.borrow_mut().swap(i, j);
            }
            Ok(Value::None)
        }
        _ => Err(exc("AttributeError", format!("module 'random' has no attribute '{f}'"))),
    }
}

//! The `logging` module as tutorials use it: basicConfig (level, format,
//! datefmt, stream, force), getLogger, the level methods and functions, one
//! handler on stderr (or stdout), `%(asctime)s` from the virtual clock.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::natives::{StdObject, kwarg};
use super::wallclock::Civil;
use crate::python::object::code::BinOp;
use crate::python::object::errors::{Res, exc, render_traceback, type_error};
use crate::python::object::native::NativeObject;
use crate::python::object::value::{DictMap, Key, Value};
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

const LEVELS: &[(&str, i64)] =
    &[("CRITICAL", 50), ("FATAL", 50), ("ERROR", 40), ("WARNING", 30), ("WARN", 30), ("INFO", 20), ("DEBUG", 10), ("NOTSET", 0)];
const LOG_METHODS: &[&str] = &["debug", "info", "warning", "warn", "error", "critical", "fatal", "exception", "log"];

/// The module's functions, as `logging.name`.
pub const FUNCTIONS: &[&str] = &[
    "logging.basicConfig", "logging.getLogger", "logging.getLevelName", "logging.debug", "logging.info",
    "logging.warning", "logging.warn", "logging.error", "logging.critical", "logging.fatal", "logging.exception",
    "logging.log", "logging.disable",
];

/// What the program configured, kept in the interpreter.
#[derive(Default)]
pub struct LogState {
    /// Whether the root logger has its handler (basicConfig ran).
    configured: bool,
    format: String,
    datefmt: Option<String>,
    to_stdout: bool,
    disabled_up_to: i64,
    root: Option<Rc<Logger>>,
    loggers: Vec<Rc<Logger>>,
}

/// A logger.
pub struct Logger {
    name: Rc<str>,
    level: Cell<i64>,
    /// The root logger, whose level a logger without its own falls back to.
    parent: Option<Rc<Logger>>,
}

impl Logger {
    fn effective(&self) -> i64 {
        match (self.level.get(), &self.parent) {
            (0, Some(p)) => p.effective(),
            (n, _) => n,
        }
    }
}

/// Logs `msg` at `level` on logger `name` from the library itself (asyncio's
/// `Using selector: EpollSelector` when a loop is made), as CPython's modules do.
pub fn library_log(st: &mut crate::python::vm::machine::Interp, name: &str, level: i64, msg: &str) {
    if !st.ext.get_mut::<LogState>().configured && level < 30 {
        return;
    }
    let mut vm = Vm::new(st, None);
    let Ok(logger) = get_logger(&mut vm, Some(&Value::str(name))) else { return };
    if let Some(l) = crate::python::object::native::downcast::<Logger>(&logger)
        && level >= l.effective()
    {
        // A plain message with no arguments cannot fail to format.
        let _ = emit(&mut vm, l, level, Value::str(msg), Vec::new(), false);
    }
}

fn state<'v>(vm: &'v mut Vm<'_>) -> &'v mut LogState {
    vm.ext.get_mut::<LogState>()
}

fn root(vm: &mut Vm) -> Rc<Logger> {
    state(vm).root.get_or_insert_with(|| Rc::new(Logger { name: Rc::from("root"), level: Cell::new(30), parent: None })).clone()
}

/// `logging.name`.
pub fn attr(name: &str) -> Option<Value> {
    if let Some((_, n)) = LEVELS.iter().find(|(l, _)| *l == name) {
        return Some(Value::Int(*n));
    }
    FUNCTIONS.iter().find(|f| f.strip_prefix("logging.") == Some(name)).map(|f| Value::Builtin(f))
}

fn level_name(n: i64) -> String {
    match LEVELS.iter().find(|(l, v)| *v == n && !matches!(*l, "FATAL" | "WARN")) {
        Some((l, _)) => l.to_string(),
        None => format!("Level {n}"),
    }
}

fn level_arg(v: &Value) -> Res<i64> {
    match v {
        Value::Int(n) => Ok(*n),
        Value::Bool(b) => Ok(*b as i64),
        Value::Str(s) => match LEVELS.iter().find(|(l, _)| **l == **s) {
            Some((_, n)) => Ok(*n),
            None => Err(exc("ValueError", format!("Unknown level: {}", v.repr()))),
        },
        other => type_error(format!("Level not an integer or a valid string: {}", other.repr())),
    }
}

fn basic_config(vm: &mut Vm, kwargs: &Kwargs) -> Res<()> {
    let force = kwarg(kwargs, "force").is_some_and(Value::truthy);
    if state(vm).configured && !force {
        return Ok(());
    }
    let format = match kwarg(kwargs, "format") {
        Some(Value::Str(s)) => s.to_string(),
        _ => "%(levelname)s:%(name)s:%(message)s".to_string(),
    };
    let datefmt = match kwarg(kwargs, "datefmt") {
        Some(Value::Str(s)) => Some(s.to_string()),
        _ => None,
    };
    let to_stdout = matches!(kwarg(kwargs, "stream"), Some(Value::Module("sys.stdout")));
    if let Some(level) = kwarg(kwargs, "level") {
        let level = level_arg(level)?;
        root(vm).level.set(level);
    }
    let s = state(vm);
    s.configured = true;
    s.format = format;
    s.datefmt = datefmt;
    s.to_stdout = to_stdout;
    Ok(())
}

/// Calls `logging.func(…)`.
pub fn call(vm: &mut Vm, func: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    match func {
        "basicConfig" => basic_config(vm, &kwargs).map(|_| Value::None),
        "getLogger" => Ok(Value::Native(get_logger(vm, args.first().or_else(|| kwarg(&kwargs, "name")))?)),
        "getLevelName" => Ok(match args.first() {
            Some(Value::Str(s)) => match LEVELS.iter().find(|(l, _)| **l == **s) {
                Some((_, n)) => Value::Int(*n),
                None => Value::str(&format!("Level {s}")),
            },
            Some(Value::Int(n)) => Value::str(&level_name(*n)),
            _ => return type_error("getLevelName() takes exactly one argument"),
        }),
        "disable" => {
            let level = args.first().map(level_arg).transpose()?.unwrap_or(50);
            state(vm).disabled_up_to = level;
            Ok(Value::None)
        }
        _ => {
            if !state(vm).configured {
                basic_config(vm, &Vec::new())?;
            }
            let r = root(vm);
            log_call(vm, &r, func, args, kwargs)
        }
    }
}

fn get_logger(vm: &mut Vm, name: Option<&Value>) -> Res<Rc<dyn NativeObject>> {
    let name = match name {
        None | Some(Value::None) => return Ok(root(vm)),
        Some(Value::Str(s)) if &**s == "root" => return Ok(root(vm)),
        Some(Value::Str(s)) => s.clone(),
        Some(other) => return type_error("A logger name must be a string".to_string() + &format!(" (got {})", other.type_name())),
    };
    if let Some(l) = state(vm).loggers.iter().find(|l| l.name == name) {
        return Ok(l.clone());
    }
    let parent = Some(root(vm));
    let logger = Rc::new(Logger { name, level: Cell::new(0), parent });
    state(vm).loggers.push(logger.clone());
    Ok(logger)
}

fn effective_level(_vm: &mut Vm, logger: &Logger) -> i64 {
    logger.effective()
}

fn log_call(vm: &mut Vm, logger: &Logger, method: &str, mut args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    let level = match method {
        "debug" => 10,
        "info" => 20,
        "warning" | "warn" => 30,
        "error" | "exception" => 40,
        "critical" | "fatal" => 50,
        _ => {
            if args.is_empty() {
                return type_error("log() missing 2 required positional arguments: 'level' and 'msg'");
            }
            match args.remove(0) {
                Value::Int(n) => n,
                _ => return type_error("level must be an integer"),
            }
        }
    };
    if args.is_empty() {
        return type_error(format!("Logger.{method}() missing 1 required positional argument: 'msg'"));
    }
    if level <= state(vm).disabled_up_to || level < effective_level(vm, logger) {
        return Ok(Value::None);
    }
    let msg = args.remove(0);
    let exc_info = method == "exception" || kwarg(&kwargs, "exc_info").is_some_and(Value::truthy);
    emit(vm, logger, level, msg, args, exc_info)?;
    Ok(Value::None)
}

fn message(vm: &mut Vm, msg: Value, args: Vec<Value>) -> Res<String> {
    let text = crate::python::vm::instances::display(vm, &msg, false)?;
    if args.is_empty() {
        return Ok(text);
    }
    let operand = match args.as_slice() {
        [d @ Value::Dict(m)] if !m.borrow().is_empty() => d.clone(),
        _ => Value::tuple(args),
    };
    Ok(crate::python::vm::ops::binary(vm, BinOp::Mod, Value::str(&text), operand, false)?.to_str())
}

fn emit(vm: &mut Vm, logger: &Logger, level: i64, msg: Value, args: Vec<Value>, exc_info: bool) -> Res<()> {
    let mut text = message(vm, msg, args)?;
    let created = vm.now();
    let (configured, format, datefmt, to_stdout) = {
        let s = state(vm);
        (s.configured, s.format.clone(), s.datefmt.clone(), s.to_stdout)
    };
    if !configured {
        // The last-resort handler: warnings and worse, the message alone.
        if level >= 30 {
            vm.write(&format!("{text}\n"), true);
        }
        return Ok(());
    }
    let msecs = ((created - created.trunc()) * 1000.0).trunc();
    let mut fields: Vec<(&str, Value)> = vec![
        ("name", Value::Str(logger.name.clone())),
        ("levelname", Value::str(&level_name(level))),
        ("levelno", Value::Int(level)),
        ("message", Value::str(&text)),
        ("created", Value::Float(created)),
        ("msecs", Value::Float(msecs)),
        ("relativeCreated", Value::Float(created * 1000.0)),
        ("threadName", Value::str("MainThread")),
        ("processName", Value::str("MainProcess")),
    ];
    if format.contains("%(asctime)") {
        let civil = Civil::from_timestamp(created);
        let asctime = match &datefmt {
            Some(f) => civil.strftime(f, "UTC", -1),
            None => format!("{},{:03}", civil.strftime("%Y-%m-%d %H:%M:%S", "UTC", -1), msecs as i64),
        };
        fields.push(("asctime", Value::str(&asctime)));
    }
    let map: DictMap = fields.into_iter().map(|(k, v)| (Key(Value::str(k)), v)).collect();
    let record = Value::Dict(Rc::new(RefCell::new(map)));
    let mut line = crate::python::vm::ops::binary(vm, BinOp::Mod, Value::str(&format), record, false)?.to_str();
    if exc_info && let Some(e) = vm.handled_exception() {
        let (file, source) = vm.program.clone();
        // The tracebacks as CPython has them while handling: each exception
        // of the chain down to the frame that caught it.
        let chain = exception_chain(&e);
        let caught: Vec<bool> = chain
            .iter()
            .map(|x| {
                let entry = x.caught_at.borrow().clone();
                entry.map(|en| x.traceback.borrow_mut().push(en)).is_some()
            })
            .collect();
        let tb = render_traceback(&e, &file, &source);
        for (x, pushed) in chain.iter().zip(caught) {
            if pushed {
                x.traceback.borrow_mut().pop();
            }
        }
        line.push('\n');
        line.push_str(tb.trim_end_matches('\n'));
    }
    text = line;
    text.push('\n');
    vm.write(&text, !to_stdout);
    Ok(())
}

/// The exception and those it was raised from or while handling.
fn exception_chain(e: &Rc<crate::python::object::errors::ExcObj>) -> Vec<Rc<crate::python::object::errors::ExcObj>> {
    let mut chain = vec![e.clone()];
    while chain.len() < 100 {
        let last = &chain[chain.len() - 1];
        let next = last.cause.borrow().clone().or_else(|| last.context.borrow().clone());
        match next {
            Some(n) => chain.push(n),
            None => break,
        }
    }
    chain
}

impl NativeObject for Logger {
    fn type_name(&self) -> &'static str {
        if &*self.name == "root" { "RootLogger" } else { "Logger" }
    }
    fn class_name(&self) -> &'static str {
        if &*self.name == "root" { "logging.RootLogger" } else { "logging.Logger" }
    }
    fn repr(&self) -> String {
        format!("<{} {} ({})>", self.type_name(), self.name, level_name(self.effective()))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        &["debug", "info", "warning", "warn", "error", "critical", "fatal", "exception", "log", "setLevel", "getEffectiveLevel", "isEnabledFor"]
    }
}

impl StdObject for Logger {
    fn attr(&self, _vm: &mut Vm, name: &str) -> Option<Res<Value>> {
        match name {
            "name" => Some(Ok(Value::Str(self.name.clone()))),
            "level" => Some(Ok(Value::Int(self.level.get()))),
            _ => None,
        }
    }
    fn call(&self, vm: &mut Vm, _this: &Value, name: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
        match name {
            "setLevel" => {
                let level = level_arg(args.first().ok_or_else(|| exc("TypeError", "setLevel() missing 1 required positional argument: 'level'"))?)?;
                self.level.set(level);
                Ok(Value::None)
            }
            "getEffectiveLevel" => Ok(Value::Int(effective_level(vm, self))),
            "isEnabledFor" => {
                let level = level_arg(args.first().unwrap_or(&Value::Int(0)))?;
                Ok(Value::Bool(level >= effective_level(vm, self)))
            }
            m if LOG_METHODS.contains(&m) => log_call(vm, self, m, args, kwargs),
            _ => type_error(format!("'Logger' object has no method '{name}'")),
        }
    }
}

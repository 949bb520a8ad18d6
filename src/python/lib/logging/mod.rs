//! The `logging` module as tutorials use it: basicConfig (level, format,
//! datefmt, stream, force), getLogger, the level methods and functions,
//! StreamHandler and Formatter, `%(asctime)s` from the virtual clock.

mod handlers;

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::natives::{StdObject, kwarg};
use crate::python::object::code::BinOp;
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::native::{NativeObject, downcast};
use crate::python::object::value::Value;
pub use handlers::{Formatter, Handler};
use handlers::Record;
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

const LEVELS: &[(&str, i64)] =
    &[("CRITICAL", 50), ("FATAL", 50), ("ERROR", 40), ("WARNING", 30), ("WARN", 30), ("INFO", 20), ("DEBUG", 10), ("NOTSET", 0)];
const LOG_METHODS: &[&str] = &["debug", "info", "warning", "warn", "error", "critical", "fatal", "exception", "log"];

/// The module's functions, as `logging.name`.
pub const FUNCTIONS: &[&str] = &[
    "logging.basicConfig", "logging.getLogger", "logging.getLevelName", "logging.debug", "logging.info",
    "logging.warning", "logging.warn", "logging.error", "logging.critical", "logging.fatal", "logging.exception",
    "logging.log", "logging.disable", "logging.StreamHandler", "logging.Formatter",
];

/// What the program configured, kept in the interpreter.
#[derive(Default)]
pub struct LogState {
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
    /// Its handlers (StreamHandler values).
    handlers: RefCell<Vec<Value>>,
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
    let mut vm = Vm::new(st, None);
    if !configured(&mut vm) && level < 30 {
        return;
    }
    let Ok(logger) = get_logger(&mut vm, Some(&Value::str(name))) else { return };
    if let Some(l) = crate::python::object::native::downcast::<Logger>(&logger)
        && level >= l.effective()
    {
        // A plain message with no arguments cannot fail to format.
        let _ = emit(&mut vm, l, level, Value::str(msg), Vec::new(), false);
    }
}

/// Logs `msg` at `level` on logger `name` with an exception's traceback
/// already rendered, as a library's `logger.error(msg, exc_info=(type, exc,
/// tb))` does (asyncio's default exception handler).
pub fn library_log_traceback(vm: &mut Vm, name: &str, level: i64, msg: &str, traceback: Option<String>) -> Res<()> {
    let logger = get_logger(vm, Some(&Value::str(name)))?;
    let Some(l) = crate::python::object::native::downcast::<Logger>(&logger) else { return Ok(()) };
    if level <= state(vm).disabled_up_to || level < l.effective() {
        return Ok(());
    }
    let thread_name = vm.lib.thread_name(vm);
    let record = Record { name: l.name.clone(), level, message: msg.to_string(), created: vm.now(), exc: None, thread_name, traceback };
    dispatch(vm, l, &record)
}

fn state<'v>(vm: &'v mut Vm<'_>) -> &'v mut LogState {
    vm.ext.get_mut::<LogState>()
}

fn root(vm: &mut Vm) -> Rc<Logger> {
    state(vm)
        .root
        .get_or_insert_with(|| Rc::new(Logger { name: Rc::from("root"), level: Cell::new(30), parent: None, handlers: RefCell::default() }))
        .clone()
}

/// Whether the root logger has a handler (basicConfig ran, or one was added).
fn configured(vm: &mut Vm) -> bool {
    !root(vm).handlers.borrow().is_empty()
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
    if configured(vm) && !force {
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
    let handler = Handler::new(to_stdout, Some(Formatter::new(Some(format), datefmt)), 0);
    *root(vm).handlers.borrow_mut() = vec![Value::Native(Rc::new(handler))];
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
        "StreamHandler" => handlers::stream_handler(&args, &kwargs),
        "Formatter" => handlers::formatter(&args, &kwargs),
        "disable" => {
            let level = args.first().map(level_arg).transpose()?.unwrap_or(50);
            state(vm).disabled_up_to = level;
            Ok(Value::None)
        }
        _ => {
            if !configured(vm) {
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
    let logger = Rc::new(Logger { name, level: Cell::new(0), parent, handlers: RefCell::default() });
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
    let message = message(vm, msg, args)?;
    let exc = if exc_info { vm.handled_exception() } else { None };
    let thread_name = vm.lib.thread_name(vm);
    let record = Record { name: logger.name.clone(), level, message, created: vm.now(), exc, thread_name, traceback: None };
    dispatch(vm, logger, &record)
}

/// Hands a record to the logger's handlers and its ancestors', else to the
/// last resort.
fn dispatch(vm: &mut Vm, logger: &Logger, record: &Record) -> Res<()> {
    let mut found = false;
    let mut current = Some(logger);
    while let Some(l) = current {
        let hs = l.handlers.borrow().clone();
        for h in &hs {
            found = true;
            if let Value::Native(n) = h
                && let Some(h) = downcast::<Handler>(n)
            {
                h.handle(vm, record)?;
            }
        }
        current = l.parent.as_deref();
    }
    if !found {
        // CPython's last resort: warnings and worse, the message alone, on stderr.
        Handler::new(false, None, 30).handle(vm, record)?;
    }
    Ok(())
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
        &[
            "debug", "info", "warning", "warn", "error", "critical", "fatal", "exception", "log", "setLevel",
            "getEffectiveLevel", "isEnabledFor", "addHandler", "removeHandler", "hasHandlers",
        ]
    }
}

impl StdObject for Logger {
    fn attr(&self, _vm: &mut Vm, name: &str) -> Option<Res<Value>> {
        match name {
            "name" => Some(Ok(Value::Str(self.name.clone()))),
            "level" => Some(Ok(Value::Int(self.level.get()))),
            "handlers" => Some(Ok(Value::list(self.handlers.borrow().clone()))),
            "propagate" => Some(Ok(Value::Bool(true))),
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
            "addHandler" | "removeHandler" => {
                let Some(h @ Value::Native(n)) = args.first() else {
                    return type_error(format!("Logger.{name}() missing 1 required positional argument: 'hdlr'"));
                };
                if downcast::<Handler>(n).is_none() {
                    return type_error(format!("'{}' object is not a logging handler", h.type_name()));
                }
                let mut hs = self.handlers.borrow_mut();
                let at = hs.iter().position(|x| crate::python::object::value::values_equal(x, h));
                match (name, at) {
                    ("addHandler", None) => hs.push(h.clone()),
                    ("removeHandler", Some(i)) => {
                        hs.remove(i);
                    }
                    _ => {}
                }
                Ok(Value::None)
            }
            "hasHandlers" => {
                let mut current = Some(self);
                while let Some(l) = current {
                    if !l.handlers.borrow().is_empty() {
                        return Ok(Value::Bool(true));
                    }
                    current = l.parent.as_deref();
                }
                Ok(Value::Bool(false))
            }
            "isEnabledFor" => {
                let level = level_arg(args.first().unwrap_or(&Value::Int(0)))?;
                Ok(Value::Bool(level >= effective_level(vm, self)))
            }
            m if LOG_METHODS.contains(&m) => log_call(vm, self, m, args, kwargs),
            _ => type_error(format!("'Logger' object has no method '{name}'")),
        }
    }
}

//! Handlers and formatters: `StreamHandler` on stderr or stdout,
//! `Formatter(fmt, datefmt)`, and how a record becomes its line.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::level_arg;
use crate::python::lib::natives::{StdObject, arg};
use crate::python::lib::wallclock::Civil;
use crate::python::object::code::BinOp;
use crate::python::object::errors::{ExcObj, Res, render_traceback, type_error};
use crate::python::object::native::{NativeObject, downcast};
use crate::python::object::value::{DictMap, Key, Value};
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

/// A logging event, once its message is formatted.
pub struct Record {
    /// The logger's name.
    pub name: Rc<str>,
    /// The level.
    pub level: i64,
    /// `msg % args`.
    pub message: String,
    /// When, on the virtual clock.
    pub created: f64,
    /// The exception to append, with `exception()` / `exc_info=True`.
    pub exc: Option<Rc<ExcObj>>,
    /// The thread that logged it.
    pub thread_name: String,
    /// A traceback already rendered (a library's `exc_info=(type, exc,
    /// tb)`), appended instead of `exc`'s.
    pub traceback: Option<String>,
}

/// `logging.Formatter(fmt=None, datefmt=None)`.
pub struct Formatter {
    fmt: String,
    datefmt: Option<String>,
}

/// `logging.StreamHandler(stream=None)`: writes to stderr, or stdout.
pub struct Handler {
    level: Cell<i64>,
    formatter: RefCell<Option<Rc<Formatter>>>,
    to_stdout: bool,
}

impl Formatter {
    /// A formatter with `fmt` (`%(message)s` when `None`).
    pub fn new(fmt: Option<String>, datefmt: Option<String>) -> Rc<Formatter> {
        Rc::new(Formatter { fmt: fmt.unwrap_or_else(|| "%(message)s".to_string()), datefmt })
    }

    /// The record's line, without the newline the handler adds.
    fn format(&self, vm: &mut Vm, r: &Record) -> Res<String> {
        let msecs = ((r.created - r.created.trunc()) * 1000.0).trunc();
        let mut fields: Vec<(&str, Value)> = vec![
            ("name", Value::Str(r.name.clone())),
            ("levelname", Value::str(&super::level_name(r.level))),
            ("levelno", Value::Int(r.level)),
            ("message", Value::str(&r.message)),
            ("created", Value::Float(r.created)),
            ("msecs", Value::Float(msecs)),
            ("relativeCreated", Value::Float(r.created * 1000.0)),
            ("threadName", Value::str(&r.thread_name)),
            ("processName", Value::str("MainProcess")),
        ];
        if self.fmt.contains("%(asctime)") {
            let civil = Civil::from_timestamp(r.created);
            let asctime = match &self.datefmt {
                Some(f) => civil.strftime(f, "UTC", -1),
                None => format!("{},{:03}", civil.strftime("%Y-%m-%d %H:%M:%S", "UTC", -1), msecs as i64),
            };
            fields.push(("asctime", Value::str(&asctime)));
        }
        let map: DictMap = fields.into_iter().map(|(k, v)| (Key(Value::str(k)), v)).collect();
        let record = Value::Dict(Rc::new(RefCell::new(map)));
        let mut line = crate::python::vm::ops::binary(vm, BinOp::Mod, Value::str(&self.fmt), record, false)?.to_str();
        if let Some(tb) = &r.traceback {
            line.push('\n');
            line.push_str(tb.trim_end_matches('\n'));
        } else if let Some(e) = &r.exc {
            line.push('\n');
            line.push_str(traceback_while_handling(vm, e).trim_end_matches('\n'));
        }
        Ok(line)
    }
}

/// The traceback as CPython has it while the exception is handled: each
/// exception of the chain down to the frame whose `except` caught it (the VM
/// records a frame where the exception passes it, so that frame is there).
fn traceback_while_handling(vm: &mut Vm, e: &Rc<ExcObj>) -> String {
    let (file, source) = vm.program.clone();
    render_traceback(e, &file, &source)
}

impl Handler {
    /// A handler on stderr (or stdout) with this formatter, at `level`.
    pub fn new(to_stdout: bool, formatter: Option<Rc<Formatter>>, level: i64) -> Handler {
        Handler { level: Cell::new(level), formatter: RefCell::new(formatter), to_stdout }
    }

    /// Writes the record if it is at the handler's level or above.
    pub fn handle(&self, vm: &mut Vm, r: &Record) -> Res<()> {
        if r.level < self.level.get() {
            return Ok(());
        }
        let formatter = self.formatter.borrow().clone().unwrap_or_else(|| Formatter::new(None, None));
        let mut line = formatter.format(vm, r)?;
        line.push('\n');
        vm.write(&line, !self.to_stdout);
        Ok(())
    }
}

/// `logging.StreamHandler(stream=None)`.
pub fn stream_handler(args: &[Value], kwargs: &Kwargs) -> Res<Value> {
    let to_stdout = matches!(arg(args, kwargs, 0, "stream"), Some(Value::Module("sys.stdout")));
    Ok(Value::Native(Rc::new(Handler::new(to_stdout, None, 0))))
}

/// `logging.Formatter(fmt=None, datefmt=None)`.
pub fn formatter(args: &[Value], kwargs: &Kwargs) -> Res<Value> {
    let text = |v: Option<&Value>| match v {
        Some(Value::Str(s)) => Some(s.to_string()),
        _ => None,
    };
    Ok(Value::Native(Formatter::new(text(arg(args, kwargs, 0, "fmt")), text(arg(args, kwargs, 1, "datefmt")))))
}

impl NativeObject for Handler {
    fn type_name(&self) -> &'static str {
        "StreamHandler"
    }
    fn class_name(&self) -> &'static str {
        "logging.StreamHandler"
    }
    fn repr(&self) -> String {
        let stream = if self.to_stdout { "<stdout>" } else { "<stderr>" };
        format!("<StreamHandler {stream} ({})>", super::level_name(self.level.get()))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        &["setFormatter", "setLevel"]
    }
}

impl StdObject for Handler {
    fn attr(&self, _vm: &mut Vm, name: &str) -> Option<Res<Value>> {
        (name == "level").then(|| Ok(Value::Int(self.level.get())))
    }
    fn call(&self, _vm: &mut Vm, _this: &Value, name: &str, args: Vec<Value>, _kwargs: Kwargs) -> Res<Value> {
        let Some(a) = args.first() else {
            return type_error(format!("Handler.{name}() missing 1 required positional argument"));
        };
        match name {
            "setLevel" => self.level.set(level_arg(a)?),
            _ => match a {
                Value::Native(n) if downcast::<Formatter>(n).is_some() => {
                    let f = downcast::<Formatter>(n).map(|f| Formatter::new(Some(f.fmt.clone()), f.datefmt.clone()));
                    *self.formatter.borrow_mut() = f;
                }
                Value::None => *self.formatter.borrow_mut() = None,
                other => return type_error(format!("'{}' object is not a Formatter", other.type_name())),
            },
        }
        Ok(Value::None)
    }
}

impl NativeObject for Formatter {
    fn type_name(&self) -> &'static str {
        "Formatter"
    }
    fn class_name(&self) -> &'static str {
        "logging.Formatter"
    }
    fn repr(&self) -> String {
        "<logging.Formatter object at 0x7f0000000000>".to_string()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl StdObject for Formatter {
    fn call(&self, _vm: &mut Vm, _this: &Value, name: &str, _args: Vec<Value>, _kwargs: Kwargs) -> Res<Value> {
        type_error(format!("'Formatter' object has no method '{name}'"))
    }
}

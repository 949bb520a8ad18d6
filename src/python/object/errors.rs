//! Exceptions: the built-in exception classes, exception objects, and
//! CPython's traceback format.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::value::{Key, Value};
pub use super::traceback::{TbEntry, format_exception, render_traceback};

/// The built-in exception classes and their bases, most derived first.
const HIERARCHY: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("Exception", "BaseException"),
    ("BaseExceptionGroup", "BaseException"),
    ("ExceptionGroup", "BaseExceptionGroup"),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("CancelledError", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("EOFError", "Exception"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("RuntimeError", "Exception"),
    ("RecursionError", "RuntimeError"),
    ("NotImplementedError", "RuntimeError"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("JSONDecodeError", "ValueError"),
    ("StatisticsError", "ValueError"),
    ("FrozenInstanceError", "AttributeError"),
    ("MemoryError", "Exception"),
    ("OSError", "Exception"),
    ("ConnectionError", "OSError"),
    ("TimeoutError", "OSError"),
    ("InvalidStateError", "Exception"),
    ("BrokenBarrierError", "RuntimeError"),
    ("ImportError", "Exception"),
    ("QueueEmpty", "Exception"),
    ("QueueFull", "Exception"),
    ("Empty", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
];

/// A library class's name with its module, as tracebacks and reprs show it
/// (`asyncio.exceptions.CancelledError`); a builtin's as it is.
pub fn qualified_class_name(kind: &str) -> String {
    match kind {
        "CancelledError" | "InvalidStateError" | "BrokenBarrierError" => format!("asyncio.exceptions.{kind}"),
        "QueueEmpty" | "QueueFull" => format!("asyncio.queues.{kind}"),
        "_GatheringFuture" => format!("asyncio.tasks.{kind}"),
        "Empty" => "_queue.Empty".to_string(),
        "JSONDecodeError" => "json.decoder.JSONDecodeError".to_string(),
        "StatisticsError" => "statistics.StatisticsError".to_string(),
        "FrozenInstanceError" | "Field" => format!("dataclasses.{kind}"),
        other => other.to_string(),
    }
}

/// The names of all built-in exception classes.
pub fn exception_names() -> impl Iterator<Item = &'static str> {
    HIERARCHY.iter().map(|(n, _)| *n)
}

/// The static name of a built-in exception class, if `name` is one.
pub fn exception_class(name: &str) -> Option<&'static str> {
    HIERARCHY.iter().find(|(n, _)| *n == name).map(|(n, _)| *n)
}

/// The base of built-in exception class `kind` (`None` for `BaseException`).
pub fn exception_parent(kind: &str) -> Option<&'static str> {
    HIERARCHY.iter().find(|(n, _)| *n == kind).and_then(|(_, p)| exception_class(p))
}

/// Whether exception class `kind` is `base` or derives from it.
pub fn is_subclass(kind: &str, base: &str) -> bool {
    // ExceptionGroup's second base.
    if kind == "ExceptionGroup" && base == "Exception" {
        return true;
    }
    let mut current = kind;
    loop {
        if current == base {
            return true;
        }
        match HIERARCHY.iter().find(|(n, _)| *n == current) {
            Some((_, parent)) if !parent.is_empty() => current = parent,
            _ => return false,
        }
    }
}

/// An exception instance.
///
/// Invariant: `traceback` lists frames innermost first (the order they were
/// unwound); rendering reverses it.
#[derive(Debug)]
pub struct ExcObj {
    /// The class name (a built-in exception class).
    pub kind: &'static str,
    /// The constructor arguments (`BaseException.__init__` may set them again).
    pub args: RefCell<Vec<Value>>,
    /// Attributes a user exception class's methods set (`self.code = code`).
    pub attrs: RefCell<Vec<(Rc<str>, Value)>>,
    /// Frames the exception has unwound through.
    pub traceback: RefCell<Vec<TbEntry>>,
    /// The exception being handled when this one was raised.
    pub context: RefCell<Option<Rc<ExcObj>>>,
    /// `raise ... from cause`.
    pub cause: RefCell<Option<Rc<ExcObj>>>,
    /// `__suppress_context__`: set by `raise ... from`, hides the context.
    pub suppress_context: Cell<bool>,
    /// The name a NameError or AttributeError suggests ("Did you mean").
    pub suggestion: RefCell<Option<Rc<str>>>,
    /// An exception group's members (`.exceptions`); empty for others.
    pub exceptions: RefCell<Vec<Rc<ExcObj>>>,
    /// How long the traceback was when a task finished with this exception
    /// (asyncio's `Future._exception_tb`): each retrieval starts from it.
    pub saved_traceback: Cell<Option<usize>>,
    /// The user exception class, when raised from a `class X(Exception)`.
    pub class: RefCell<Option<Rc<super::classes::ClassObj>>>,
    /// `str(exc)` as the VM computed it when the exception escaped, where
    /// user code decides it (a class's `__str__`, instances in the args):
    /// the traceback's last line shows it.
    pub shown: RefCell<Option<String>>,
}

impl ExcObj {
    /// A new exception of class `kind` with `args`.
    pub fn new(kind: &'static str, args: Vec<Value>) -> Rc<ExcObj> {
        Rc::new(ExcObj {
            kind,
            args: RefCell::new(args),
            attrs: RefCell::new(Vec::new()),
            traceback: RefCell::new(Vec::new()),
            context: RefCell::new(None),
            cause: RefCell::new(None),
            suppress_context: Cell::new(false),
            suggestion: RefCell::new(None),
            exceptions: RefCell::new(Vec::new()),
            saved_traceback: Cell::new(None),
            class: RefCell::new(None),
            shown: RefCell::new(None),
        })
    }
    /// A new exception with a single message argument.
    pub fn msg(kind: &'static str, message: impl Into<String>) -> Rc<ExcObj> {
        ExcObj::new(kind, vec![Value::str(&message.into())])
    }
    /// The class name.
    pub fn kind_static(&self) -> &'static str {
        self.kind
    }
    /// `str(exc)`.
    pub fn message(&self) -> String {
        if self.is_group() {
            let n = self.exceptions.borrow().len();
            let message = self.args.borrow().first().map(Value::to_str).unwrap_or_default();
            return format!("{message} ({n} sub-exception{})", if n == 1 { "" } else { "s" });
        }
        match self.args.borrow().as_slice() {
            [] => String::new(),
            [one] if self.kind == "KeyError" => one.repr(),
            [one] => one.to_str(),
            many => Value::tuple(many.to_vec()).repr(),
        }
    }
    /// A task finished with this exception: remember its traceback.
    pub fn save_traceback(&self) {
        self.saved_traceback.set(Some(self.traceback.borrow().len()));
    }
    /// The exception is raised again from a finished future: the first
    /// time its traceback is the one saved then, later times it starts
    /// empty (the C Future clears `fut_exception_tb` once it has used it).
    pub fn restore_traceback(self: &Rc<Self>) -> Rc<Self> {
        if let Some(n) = self.saved_traceback.get() {
            self.traceback.borrow_mut().truncate(n);
            self.saved_traceback.set(Some(0));
        }
        self.clone()
    }
    /// Whether this is an exception group.
    pub fn is_group(&self) -> bool {
        super::exception_group::is_group_kind(self.kind)
    }
    /// The notes `add_note` attached, as CPython prints them after the message.
    pub fn notes(&self) -> Vec<String> {
        match self.attrs.borrow().iter().find(|(k, _)| &**k == "__notes__") {
            Some((_, Value::List(l))) => l.borrow().iter().map(Value::to_str).collect(),
            _ => Vec::new(),
        }
    }
    /// `e.name = value` for the attributes exceptions keep outside their
    /// `__dict__`; false when `name` is not one of them.
    pub fn set_special(&self, name: &str, value: &Value) -> Res<bool> {
        let as_exc = |what: &str| match value {
            Value::None => Ok(None),
            Value::Exc(x) => Ok(Some(x.clone())),
            _ => type_error(format!("exception {what} must be None or derive from BaseException")),
        };
        match name {
            "__cause__" => {
                *self.cause.borrow_mut() = as_exc("cause")?;
                self.suppress_context.set(true);
            }
            "__context__" => *self.context.borrow_mut() = as_exc("context")?,
            "__suppress_context__" => self.suppress_context.set(value.truthy()),
            "__traceback__" => match value {
                Value::None => self.traceback.borrow_mut().clear(),
                _ => return type_error("__traceback__ must be a traceback or None"),
            },
            _ => return Ok(false),
        }
        Ok(true)
    }
    /// The class name shown to the user (the user class's, if any).
    pub fn display_name(&self) -> String {
        match self.class.borrow().as_ref() {
            Some(c) => c.name.to_string(),
            None => self.kind.to_string(),
        }
    }
    /// `repr(exc)`.
    pub fn repr(&self) -> String {
        let args: Vec<String> = self.args.borrow().iter().map(Value::repr).collect();
        format!("{}({})", self.display_name(), args.join(", "))
    }
    /// The last line of a traceback: `Type: message` or just `Type`.
    pub fn last_line(&self) -> String {
        let message = self.shown.borrow().clone().unwrap_or_else(|| self.message());
        let name = match self.class.borrow().as_ref() {
            Some(c) => c.qualname.to_string(),
            None => qualified_class_name(self.kind),
        };
        let line = if message.is_empty() { name } else { format!("{name}: {message}") };
        match self.suggestion.borrow().as_ref() {
            Some(s) => format!("{line}. Did you mean: '{s}'?"),
            None => line,
        }
    }
}

/// The result of an operation that may raise.
pub type Res<T> = Result<T, Rc<ExcObj>>;

/// Makes an exception of class `kind` with a message.
pub fn exc(kind: &'static str, message: impl Into<String>) -> Rc<ExcObj> {
    ExcObj::msg(kind, message)
}

/// CPython's `MemoryError` when an allocation fails: no arguments
/// (`MemoryError()`), so its traceback ends in a bare `MemoryError`.
pub fn memory_error() -> Rc<ExcObj> {
    ExcObj::new("MemoryError", Vec::new())
}

/// `TypeError(message)` as an `Err`.
pub fn type_error<T>(message: impl Into<String>) -> Res<T> {
    Err(exc("TypeError", message))
}

/// Wraps a value as a dict key / set member or raises `unhashable type`.
pub fn hashable(v: Value) -> Res<Key> {
    Key::new(v).map_err(|t| exc("TypeError", format!("unhashable type: '{t}'")))
}

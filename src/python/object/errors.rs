//! Exceptions: the built-in exception classes, exception objects, and
//! CPython's traceback format.

use std::cell::RefCell;
use std::rc::Rc;

use super::value::{Key, Value};

/// The built-in exception classes and their bases, most derived first.
const HIERARCHY: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("Exception", "BaseException"),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("CancelledError", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
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
    ("JSONDecodeError", "ValueError"),
    ("StatisticsError", "ValueError"),
    ("MemoryError", "Exception"),
    ("OSError", "Exception"),
    ("ConnectionError", "OSError"),
    ("TimeoutError", "OSError"),
    ("InvalidStateError", "Exception"),
    ("ImportError", "Exception"),
    ("QueueEmpty", "Exception"),
    ("QueueFull", "Exception"),
    ("Empty", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
];

/// The names of all built-in exception classes.
pub fn exception_names() -> impl Iterator<Item = &'static str> {
    HIERARCHY.iter().map(|(n, _)| *n)
}

/// The static name of a built-in exception class, if `name` is one.
pub fn exception_class(name: &str) -> Option<&'static str> {
    HIERARCHY.iter().find(|(n, _)| *n == name).map(|(n, _)| *n)
}

/// Whether exception class `kind` is `base` or derives from it.
pub fn is_subclass(kind: &str, base: &str) -> bool {
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

/// One line of a traceback: where a frame was when the exception passed.
#[derive(Debug, Clone)]
pub struct TbEntry {
    /// 1-based source line.
    pub line: u32,
    /// The function name (`<module>` for the top level).
    pub func: Rc<str>,
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
    /// The user exception class, when raised from a `class X(Exception)`.
    pub class: RefCell<Option<Rc<super::classes::ClassObj>>>,
    /// Where the `except` block handling it caught it (CPython's traceback
    /// has that frame too, which `logging.exception` prints).
    pub caught_at: RefCell<Option<TbEntry>>,
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
            class: RefCell::new(None),
            caught_at: RefCell::new(None),
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
        match self.args.borrow().as_slice() {
            [] => String::new(),
            [one] if self.kind == "KeyError" => one.repr(),
            [one] => one.to_str(),
            many => Value::tuple(many.to_vec()).repr(),
        }
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
        let message = self.message();
        let name = match self.class.borrow().as_ref() {
            Some(c) => c.name.to_string(),
            None => match self.kind {
                "CancelledError" | "InvalidStateError" => format!("asyncio.exceptions.{}", self.kind),
                "QueueEmpty" | "QueueFull" => format!("asyncio.queues.{}", self.kind),
                "Empty" => "_queue.Empty".to_string(),
                "JSONDecodeError" => "json.decoder.JSONDecodeError".to_string(),
                "StatisticsError" => "statistics.StatisticsError".to_string(),
                other => other.to_string(),
            },
        };
        if message.is_empty() { name } else { format!("{name}: {message}") }
    }
}

/// Renders the traceback CPython prints for an uncaught exception, with the
/// chained context/cause exceptions before it.
pub fn render_traceback(exc: &Rc<ExcObj>, filename: &str, source: &str) -> String {
    let mut out = String::new();
    if let Some(cause) = exc.cause.borrow().as_ref() {
        out.push_str(&render_traceback(cause, filename, source));
        out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if let Some(context) = exc.context.borrow().as_ref() {
        out.push_str(&render_traceback(context, filename, source));
        out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    let lines: Vec<&str> = source.lines().collect();
    out.push_str("Traceback (most recent call last):\n");
    // CPython prints a run of identical entries three times, then a count.
    let mut previous: Option<(u32, Rc<str>)> = None;
    let mut repeats = 0usize;
    let flush = |out: &mut String, repeats: usize| {
        if repeats > 3 {
            let more = repeats - 3;
            let s = if more == 1 { "" } else { "s" };
            out.push_str(&format!("  [Previous line repeated {more} more time{s}]\n"));
        }
    };
    for entry in exc.traceback.borrow().iter().rev() {
        let key = (entry.line, entry.func.clone());
        if previous.as_ref() == Some(&key) {
            repeats += 1;
        } else {
            flush(&mut out, repeats);
            repeats = 1;
            previous = Some(key);
        }
        if repeats > 3 {
            continue;
        }
        out.push_str(&format!(
            "  File \"{filename}\", line {}, in {}\n",
            entry.line, entry.func
        ));
        if let Some(text) = lines.get(entry.line.saturating_sub(1) as usize) {
            let text = text.trim();
            if !text.is_empty() {
                out.push_str(&format!("    {text}\n"));
            }
        }
    }
    flush(&mut out, repeats);
    out.push_str(&exc.last_line());
    out.push('\n');
    out
}

/// The result of an operation that may raise.
pub type Res<T> = Result<T, Rc<ExcObj>>;

/// Makes an exception of class `kind` with a message.
pub fn exc(kind: &'static str, message: impl Into<String>) -> Rc<ExcObj> {
    ExcObj::msg(kind, message)
}

/// `TypeError(message)` as an `Err`.
pub fn type_error<T>(message: impl Into<String>) -> Res<T> {
    Err(exc("TypeError", message))
}

/// Wraps a value as a dict key / set member or raises `unhashable type`.
pub fn hashable(v: Value) -> Res<Key> {
    Key::new(v).map_err(|t| exc("TypeError", format!("unhashable type: '{t}'")))
}

//! `io.StringIO` (the text buffer programs print into), and the standard
//! output that `contextlib.redirect_stdout` / `redirect_stderr` swap.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::natives::StdObject;
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::native::{NativeObject, downcast};
use crate::python::object::value::Value;
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

/// `io.StringIO()`: the text written to it, kept until `getvalue()`, and
/// the position the next write starts at (0 at first, so writes overwrite
/// an initial value, as CPython's do).
pub struct StringIo {
    text: RefCell<Vec<char>>,
    pos: Cell<usize>,
    closed: Cell<bool>,
}

/// `io.name`.
pub fn attr(name: &str) -> Option<Value> {
    (name == "StringIO").then_some(Value::Builtin("io.StringIO"))
}

/// Calls `io.func`.
pub fn call(func: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    if func != "StringIO" {
        return Err(exc("AttributeError", format!("module 'io' has no attribute '{func}'")));
    }
    super::natives::check_kwargs("StringIO", &kwargs, &["initial_value", "newline"])?;
    let initial = match super::natives::arg(&args, &kwargs, 0, "initial_value") {
        None | Some(Value::None) => String::new(),
        Some(Value::Str(s)) => s.to_string(),
        Some(o) => return type_error(format!("initial_value must be str or None, not {}", o.class_name())),
    };
    let text = RefCell::new(initial.chars().collect());
    Ok(Value::Native(Rc::new(StringIo { text, pos: Cell::new(0), closed: Cell::new(false) })))
}

impl NativeObject for StringIo {
    fn type_name(&self) -> &'static str {
        "StringIO"
    }
    fn repr(&self) -> String {
        "<_io.StringIO object at 0x7f0000000000>".into()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        &["write", "getvalue", "close", "flush", "writelines"]
    }
}

impl StringIo {
    fn open(&self) -> Res<()> {
        if self.closed.get() {
            return Err(exc("ValueError", "I/O operation on closed file"));
        }
        Ok(())
    }
    fn write(&self, v: &Value) -> Res<usize> {
        self.open()?;
        match v {
            Value::Str(s) => {
                let mut text = self.text.borrow_mut();
                let start = self.pos.get();
                let new: Vec<char> = s.chars().collect();
                let end = (start + new.len()).min(text.len());
                text.splice(start..end, new.iter().copied());
                self.pos.set(start + new.len());
                Ok(new.len())
            }
            o => type_error(format!("string argument expected, got '{}'", o.class_name())),
        }
    }
}

impl StdObject for StringIo {
    fn attr(&self, _vm: &mut Vm, name: &str) -> Option<Res<Value>> {
        (name == "closed").then(|| Ok(Value::Bool(self.closed.get())))
    }
    fn call(&self, vm: &mut Vm, _this: &Value, name: &str, args: Vec<Value>, _kwargs: Kwargs) -> Res<Value> {
        match (name, args.as_slice()) {
            ("write", [v]) => self.write(v).map(|n| Value::Int(n as i64)),
            ("getvalue", []) => {
                self.open()?;
                Ok(Value::str(&self.text.borrow().iter().collect::<String>()))
            }
            ("close", []) => {
                self.closed.set(true);
                Ok(Value::None)
            }
            ("flush", []) => self.open().map(|_| Value::None),
            ("writelines", [lines]) => {
                let it = crate::python::vm::iter::get_iter(vm, lines)?;
                while let Some(line) = crate::python::vm::iter::next(vm, &it)? {
                    self.write(&line)?;
                }
                Ok(Value::None)
            }
            _ => type_error(format!("StringIO.{name}() takes a different number of arguments ({} given)", args.len())),
        }
    }
}

/// The targets `redirect_stdout` / `redirect_stderr` have swapped in, innermost last.
#[derive(Default)]
pub struct Redirects {
    /// (whether it replaces stderr, the target).
    pub stack: Vec<(bool, Value)>,
}

/// Where `print(..., file=file)` writes its `pieces` (each argument's
/// text, the separators, the end) when that is not the program's own
/// output: a StringIO given as `file`, or the target a redirect put in
/// place, which gets one `write` per piece as CPython's print does. `None`
/// when the text goes to stdout / stderr.
pub fn print_to(vm: &mut Vm, file: Option<&Value>, pieces: &[String]) -> Option<Res<()>> {
    let target = match file {
        // `sys.stdout` read inside a redirect is its target, as CPython's is.
        Some(Value::None | Value::Module("sys.stdout")) | None => {
            let redirected = vm.ext.get_mut::<Redirects>().stack.iter().rev().find(|(err, _)| !err).map(|(_, t)| t.clone());
            redirected?
        }
        Some(Value::Module("sys.stderr")) => {
            vm.ext.get_mut::<Redirects>().stack.iter().rev().find(|(err, _)| *err).map(|(_, t)| t.clone())?
        }
        Some(f) => f.clone(),
    };
    match &target {
        Value::Module("sys.stdout") => None,
        Value::Module("sys.stderr") => {
            vm.write(&pieces.concat(), true);
            Some(Ok(()))
        }
        other => Some(write_pieces(vm, other, pieces)),
    }
}

/// `file.write(piece)` for each piece.
fn write_pieces(vm: &mut Vm, file: &Value, pieces: &[String]) -> Res<()> {
    if let Value::Native(n) = file
        && let Some(s) = downcast::<StringIo>(n)
    {
        return pieces.iter().try_for_each(|p| s.write(&Value::str(p)).map(|_| ()));
    }
    let write = crate::python::vm::attributes::load_attr(vm, file, "write")?;
    for p in pieces {
        vm.call(&write, vec![Value::str(p)], Vec::new())?;
    }
    Ok(())
}

/// `contextlib.redirect_stdout(target)` (or `redirect_stderr`).
pub struct Redirect {
    target: Value,
    stderr: bool,
}

/// `redirect_stdout(new_target)` / `redirect_stderr(new_target)`.
pub fn redirect(stderr: bool, args: &[Value]) -> Res<Value> {
    let name = if stderr { "redirect_stderr" } else { "redirect_stdout" };
    match args {
        [t] => Ok(Value::Native(Rc::new(Redirect { target: t.clone(), stderr }))),
        _ => type_error(format!("{name}.__init__() takes 2 positional arguments but {} were given", args.len() + 1)),
    }
}

impl NativeObject for Redirect {
    fn type_name(&self) -> &'static str {
        if self.stderr { "redirect_stderr" } else { "redirect_stdout" }
    }
    fn repr(&self) -> String {
        format!("<contextlib.{} object at 0x7f0000000000>", self.type_name())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        &["__enter__", "__exit__"]
    }
}

impl StdObject for Redirect {
    fn call(&self, vm: &mut Vm, _this: &Value, name: &str, _args: Vec<Value>, _kwargs: Kwargs) -> Res<Value> {
        let stack = &mut vm.ext.get_mut::<Redirects>().stack;
        if name == "__enter__" {
            stack.push((self.stderr, self.target.clone()));
            return Ok(self.target.clone());
        }
        if let Some(i) = stack.iter().rposition(|(err, _)| *err == self.stderr) {
            stack.remove(i);
        }
        Ok(Value::None)
    }
}

/// `with redirect_stdout(t):` (`None` when `manager` is not a redirect).
pub fn with_statement(vm: &mut Vm, manager: &Value, enter: bool) -> Option<Res<Value>> {
    let Value::Native(n) = manager else { return None };
    let r = downcast::<Redirect>(n)?;
    Some(r.call(vm, manager, if enter { "__enter__" } else { "__exit__" }, Vec::new(), Vec::new()))
}

/// The [`StdObject`] of a StringIO or a redirect, for the library's lookups.
pub fn as_std(n: &Rc<dyn NativeObject>) -> Option<&dyn StdObject> {
    let any = n.as_any();
    if let Some(s) = any.downcast_ref::<StringIo>() {
        return Some(s);
    }
    any.downcast_ref::<Redirect>().map(|r| r as &dyn StdObject)
}

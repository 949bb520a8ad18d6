//! Attributes and methods of exception objects (`e.args`, `__cause__`,
//! `__context__`, `__suppress_context__`, `__traceback__`, `__notes__`,
//! `add_note`, `with_traceback`, `SystemExit.code`, `StopIteration.value`),
//! and the traceback, frame and code objects a program reads from them.

use std::any::Any;
use std::rc::Rc;

use crate::python::object::errors::{ExcObj, Res, TbEntry, exc, is_subclass, type_error};
use crate::python::object::exception_group::new_group;
use crate::python::vm::exception_group::Matcher;
use crate::python::vm::machine::Vm;
use crate::python::object::native::{NativeObject, downcast};
use crate::python::object::value::Value;

/// A traceback object: one frame of an exception's traceback, and the ones
/// inside it (`tb_next`).
struct Traceback {
    /// The exception's entries, innermost first (as `ExcObj::traceback`).
    entries: Rc<Vec<TbEntry>>,
    /// Which entry this object is.
    index: usize,
    /// The program's file name, for `co_filename`.
    filename: Rc<str>,
}

/// A frame or code object as a traceback shows it: a function name and a line.
struct FrameInfo {
    entry: TbEntry,
    filename: Rc<str>,
    is_code: bool,
}

impl NativeObject for Traceback {
    fn type_name(&self) -> &'static str {
        "traceback"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl NativeObject for FrameInfo {
    fn type_name(&self) -> &'static str {
        if self.is_code { "code" } else { "frame" }
    }
    fn repr(&self) -> String {
        let name = &self.entry.func;
        let file = &self.filename;
        if self.is_code {
            format!("<code object {name} at 0x7f0000000000, file \"{file}\", line {}>", self.entry.line)
        } else {
            format!("<frame at 0x7f0000000000, file '{file}', line {}, code {name}>", self.entry.line)
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A frame object showing function `func` of `filename` at `line`
/// (`task.get_stack()`'s frames).
pub fn frame_value(func: Rc<str>, line: u32, filename: Rc<str>) -> Value {
    let entry = TbEntry { line, func, span: Default::default(), library: None };
    Value::Native(Rc::new(FrameInfo { entry, filename, is_code: false }))
}

fn option_exc(e: &Option<Rc<ExcObj>>) -> Value {
    e.clone().map_or(Value::None, Value::Exc)
}

/// `e.__traceback__`: the outermost frame's traceback object, or None.
pub fn traceback_of(e: &ExcObj, filename: &Rc<str>) -> Value {
    let entries = e.traceback.borrow().clone();
    if entries.is_empty() {
        return Value::None;
    }
    let index = entries.len() - 1;
    Value::Native(Rc::new(Traceback { entries: Rc::new(entries), index, filename: filename.clone() }))
}

/// `obj.name` for an exception, traceback, frame or code object; None when
/// `obj` is none of them or has no such attribute here.
pub fn get_attr(obj: &Value, name: &str, filename: &Rc<str>) -> Option<Res<Value>> {
    match obj {
        Value::Exc(e) => exception_attr(obj, e, name, filename),
        Value::Native(n) => {
            if let Some(tb) = downcast::<Traceback>(n) {
                return traceback_attr(tb, name);
            }
            let info = downcast::<FrameInfo>(n)?;
            Some(Ok(match (info.is_code, name) {
                (false, "f_lineno") | (true, "co_firstlineno") => Value::Int(info.entry.line as i64),
                (false, "f_code") => {
                    Value::Native(Rc::new(FrameInfo { entry: info.entry.clone(), filename: info.filename.clone(), is_code: true }))
                }
                (true, "co_name") | (true, "co_qualname") => Value::Str(info.entry.func.clone()),
                (true, "co_filename") => Value::Str(info.filename.clone()),
                _ => return None,
            }))
        }
        _ => None,
    }
}

fn traceback_attr(tb: &Traceback, name: &str) -> Option<Res<Value>> {
    let entry = &tb.entries[tb.index];
    Some(Ok(match name {
        "tb_lineno" => Value::Int(entry.line as i64),
        "tb_next" if tb.index == 0 => Value::None,
        "tb_next" => Value::Native(Rc::new(Traceback {
            entries: tb.entries.clone(),
            index: tb.index - 1,
            filename: tb.filename.clone(),
        })),
        "tb_frame" => Value::Native(Rc::new(FrameInfo { entry: entry.clone(), filename: tb.filename.clone(), is_code: false })),
        _ => return None,
    }))
}

fn exception_attr(obj: &Value, e: &Rc<ExcObj>, name: &str, filename: &Rc<str>) -> Option<Res<Value>> {
    if let Some((_, v)) = e.attrs.borrow().iter().find(|(k, _)| &**k == name) {
        return Some(Ok(v.clone()));
    }
    let first = || e.args.borrow().first().cloned().unwrap_or(Value::None);
    Some(Ok(match name {
        "args" => Value::tuple(e.args.borrow().clone()),
        "__cause__" => option_exc(&e.cause.borrow()),
        "__context__" => option_exc(&e.context.borrow()),
        "__suppress_context__" => Value::Bool(e.suppress_context.get()),
        "__traceback__" => traceback_of(e, filename),
        "value" if is_subclass(e.kind, "StopIteration") => first(),
        "code" if is_subclass(e.kind, "SystemExit") => match e.args.borrow().as_slice() {
            [] => Value::None,
            [one] => one.clone(),
            many => Value::tuple(many.to_vec()),
        },
        "add_note" | "with_traceback" => Value::Method(Rc::new((obj.clone(), if name == "add_note" { "add_note" } else { "with_traceback" }))),
        "exceptions" if e.is_group() => Value::tuple(e.exceptions.borrow().iter().cloned().map(Value::Exc).collect()),
        "message" if e.is_group() => e.args.borrow().first().cloned().unwrap_or(Value::None),
        _ if e.class.borrow().is_some() => {
            let class = e.display_name();
            return Some(Err(exc("AttributeError", format!("'{class}' object has no attribute '{name}'"))));
        }
        "split" | "subgroup" | "derive" if e.is_group() => {
            let method = match name {
                "split" => "split",
                "subgroup" => "subgroup",
                _ => "derive",
            };
            Value::Method(Rc::new((obj.clone(), method)))
        }
        _ => return None,
    }))
}

/// `e.add_note(note)` / `e.with_traceback(tb)`, and a group's `split`,
/// `subgroup` and `derive`.
pub fn call_method(vm: &mut Vm, e: &Rc<ExcObj>, name: &str, args: Vec<Value>) -> Res<Value> {
    match (name, args.as_slice()) {
        ("split" | "subgroup", [condition]) => {
            let matcher = Matcher::from_condition(condition.clone())?;
            let (matched, rest) = vm.split_group(e, &matcher, name == "split")?;
            let part = |p: Option<Rc<ExcObj>>| p.map_or(Value::None, Value::Exc);
            if name == "split" {
                Ok(Value::tuple(vec![part(matched), part(rest)]))
            } else {
                Ok(part(matched))
            }
        }
        ("derive", [excs]) => {
            let message = e.args.borrow().first().cloned().unwrap_or(Value::None);
            Ok(Value::Exc(new_group("BaseExceptionGroup", vec![message, excs.clone()])?))
        }
        ("split" | "subgroup" | "derive", many) => type_error(format!(
            "BaseExceptionGroup.{name}() takes exactly one argument ({} given)",
            many.len()
        )),
        ("add_note", [Value::Str(note)]) => {
            let mut attrs = e.attrs.borrow_mut();
            match attrs.iter().find(|(k, _)| &**k == "__notes__") {
                Some((_, Value::List(notes))) => notes.borrow_mut().push(Value::Str(note.clone())),
                Some(_) => return type_error("Cannot add note: __notes__ is not a list"),
                None => attrs.push((Rc::from("__notes__"), Value::list(vec![Value::Str(note.clone())]))),
            }
            Ok(Value::None)
        }
        ("add_note", [other]) => type_error(format!("note must be a str, not '{}'", other.type_name())),
        ("with_traceback", [Value::None]) => {
            e.traceback.borrow_mut().clear();
            Ok(Value::Exc(e.clone()))
        }
        ("with_traceback", [_]) => Ok(Value::Exc(e.clone())),
        (_, many) => type_error(format!(
            "BaseException.{name}() takes exactly one argument ({} given)",
            many.len()
        )),
    }
}

/// `sys.exception()` (`info`: false) or `sys.exc_info()`: the exception
/// being handled, or None / `(None, None, None)`.
pub fn current_exception_info(vm: &Vm, info: bool) -> Value {
    let current = vm.current_exception();
    if !info {
        return current.map_or(Value::None, Value::Exc);
    }
    match current {
        Some(e) => {
            let class = match e.class.borrow().clone() {
                Some(c) => Value::Class(c),
                None => Value::Type(e.kind),
            };
            let tb = traceback_of(&e, &vm.program.0);
            Value::tuple(vec![class, Value::Exc(e), tb])
        }
        None => Value::tuple(vec![Value::None, Value::None, Value::None]),
    }
}

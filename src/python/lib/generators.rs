//! The methods of generator, coroutine and async generator objects, and
//! the `aiter()` / `anext()` builtins.

use std::cell::RefCell;
use std::rc::Rc;

use super::builtins::arg_count;
use crate::python::object::classes;
use crate::python::object::code::Op;
use crate::python::object::errors::{ExcObj, Res, exc, type_error};
use crate::python::object::frame::GenState;
use crate::python::object::value::Value;
use crate::python::vm::asyncgen;
use crate::python::vm::machine::{FrameResult, Vm};

/// The method names of a generator, coroutine or async generator.
pub fn method_names(g: &GenState) -> &'static [&'static str] {
    if g.is_async_generator() {
        &["asend", "athrow", "aclose", "__anext__", "__aiter__"]
    } else {
        &["send", "throw", "close"]
    }
}

/// A data attribute of a generator, coroutine or async generator:
/// `__name__`, `__qualname__`, and whether it is running (`gi_running`,
/// `cr_running`, `ag_running`).
pub fn attr(g: &GenState, name: &str) -> Option<Value> {
    let running = match name {
        "__qualname__" => return Some(Value::Str(g.qualname.clone())),
        "__name__" => {
            let short = g.qualname.rsplit('.').next().unwrap_or(&g.qualname);
            return Some(Value::str(short));
        }
        "gi_running" if g.is_generator() => g.running,
        "cr_running" if g.is_coroutine() => g.running,
        "ag_running" if g.is_async_generator() => g.agen.running_async,
        _ => return None,
    };
    Some(Value::Bool(running))
}

/// The frame attribute (`cr_frame`, `gi_frame`, `ag_frame`: its frame while
/// it has one, running or suspended) or the awaited one (`cr_await`,
/// `gi_yieldfrom`, `ag_await`: what it is suspended awaiting) of a
/// generator, coroutine or async generator.
pub fn frame_attr(vm: &mut Vm, g: &Rc<RefCell<GenState>>, name: &str) -> Option<Value> {
    let state = g.borrow();
    let (frame_name, await_name) = if state.is_coroutine() {
        ("cr_frame", "cr_await")
    } else if state.is_async_generator() {
        ("ag_frame", "ag_await")
    } else {
        ("gi_frame", "gi_yieldfrom")
    };
    if name == await_name {
        let awaited = state.frame.as_ref().filter(|f| f.started && matches!(f.code.ops.get(f.ip), Some(Op::Await)));
        return Some(awaited.and_then(|f| f.stack.last().cloned()).unwrap_or(Value::None));
    }
    if name != frame_name {
        return None;
    }
    let filename = vm.program.0.clone();
    let short = state.qualname.rsplit('.').next().unwrap_or(&state.qualname);
    let at = match &state.frame {
        Some(f) => Some((f.code.name.clone(), if f.started { f.current_line() } else { state.first_line })),
        None => vm.running_lines.line_of(g).map(|line| (Rc::from(short), line)),
    };
    Some(at.map_or(Value::None, |(func, line)| super::exceptions::frame_value(func, line, filename)))
}

/// Calls method `name` of a generator, coroutine or async generator.
pub fn call_method(vm: &mut Vm, g: &Rc<RefCell<GenState>>, name: &str, args: Vec<Value>) -> Res<Value> {
    if g.borrow().is_async_generator() {
        return async_gen_method(vm, g, name, args);
    }
    let result = match name {
        "send" => {
            arg_count(&format!("{}.send", g.borrow().type_name()), &args, 1, 1)?;
            let fresh = !g.borrow().is_started();
            if fresh && !matches!(args[0], Value::None) {
                let what = g.borrow().type_name();
                return type_error(format!("can't send non-None value to a just-started {what}"));
            }
            vm.resume(g, args[0].clone(), None)
        }
        "throw" => {
            arg_count("throw", &args, 1, 3)?;
            let e = thrown(vm, &args)?;
            vm.resume(g, Value::None, Some(e))
        }
        _ => {
            if !args.is_empty() {
                let what = g.borrow().type_name();
                return type_error(format!("{what}.close() takes no arguments ({} given)", args.len()));
            }
            asyncgen::close(vm, g)?;
            return Ok(Value::None);
        }
    };
    match result {
        FrameResult::Yield(v) => Ok(v),
        FrameResult::Return(v) => {
            let args = if matches!(v, Value::None) { Vec::new() } else { vec![v] };
            Err(ExcObj::new("StopIteration", args))
        }
        FrameResult::Raise(e) => Err(e),
    }
}

/// `throw(typ[, val[, tb]])`'s exception: `typ(val)` when a value is given.
fn thrown(vm: &mut Vm, args: &[Value]) -> Res<Rc<ExcObj>> {
    match args.get(1) {
        Some(val) if !matches!(val, Value::None) && !matches!(args[0], Value::Exc(_)) => {
            let e = vm.call(&args[0], vec![val.clone()], Vec::new())?;
            vm.make_exception(e)
        }
        _ => vm.make_exception(args[0].clone()),
    }
}

fn async_gen_method(vm: &mut Vm, g: &Rc<RefCell<GenState>>, name: &str, args: Vec<Value>) -> Res<Value> {
    match name {
        "__aiter__" => Ok(Value::Gen(g.clone())),
        "__anext__" => {
            if !args.is_empty() {
                return type_error(format!("expected 0 arguments, got {}", args.len()));
            }
            asyncgen::asend(vm, g, Value::None)
        }
        "asend" => {
            arg_count("async_generator.asend", &args, 1, 1)?;
            asyncgen::asend(vm, g, args[0].clone())
        }
        "athrow" => {
            arg_count("athrow", &args, 1, 3)?;
            let e = match args.get(1) {
                Some(val) if !matches!(val, Value::None) && !matches!(args[0], Value::Exc(_)) => {
                    vm.call(&args[0], vec![val.clone()], Vec::new())?
                }
                _ => args[0].clone(),
            };
            asyncgen::athrow(vm, g, Some(e))
        }
        _ => {
            if !args.is_empty() {
                return type_error(format!("async_generator.aclose() takes no arguments ({} given)", args.len()));
            }
            asyncgen::athrow(vm, g, None)
        }
    }
}

/// `aiter(obj)`: `obj.__aiter__()`.
pub fn aiter(vm: &mut Vm, args: Vec<Value>) -> Res<Value> {
    arg_count("aiter", &args, 1, 1)?;
    let obj = &args[0];
    match obj {
        Value::Gen(g) if g.borrow().is_async_generator() => Ok(obj.clone()),
        Value::Instance(_) => match classes::get_attr(obj, "__aiter__") {
            Some(Ok(method)) => {
                let it = vm.call(&method, Vec::new(), Vec::new())?;
                if has_anext(&it) {
                    Ok(it)
                } else {
                    type_error(format!("aiter() returned not an async iterator of type '{}'", it.type_name()))
                }
            }
            _ => type_error(format!("'{}' object is not an async iterable", obj.type_name())),
        },
        other => type_error(format!("'{}' object is not an async iterable", other.type_name())),
    }
}

fn has_anext(v: &Value) -> bool {
    match v {
        Value::Gen(g) => g.borrow().is_async_generator(),
        Value::Instance(_) => matches!(classes::get_attr(v, "__anext__"), Some(Ok(_))),
        _ => false,
    }
}

/// `anext(it[, default])`: `it.__anext__()`, wrapped to give `default` at
/// the end when one is given.
pub fn anext(vm: &mut Vm, args: Vec<Value>) -> Res<Value> {
    arg_count("anext", &args, 1, 2)?;
    let it = &args[0];
    let awaitable = match it {
        Value::Gen(g) if g.borrow().is_async_generator() => asyncgen::asend(vm, g, Value::None)?,
        Value::Instance(_) => match classes::get_attr(it, "__anext__") {
            Some(Ok(method)) => vm.call(&method, Vec::new(), Vec::new())?,
            _ => return Err(not_async_iterator(it)),
        },
        other => return Err(not_async_iterator(other)),
    };
    Ok(match args.get(1) {
        Some(default) => asyncgen::anext_with_default(awaitable, default.clone()),
        None => awaitable,
    })
}

fn not_async_iterator(v: &Value) -> Rc<ExcObj> {
    exc("TypeError", format!("'{}' object is not an async iterator", v.type_name()))
}

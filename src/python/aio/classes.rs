//! `asyncio.Future` and `asyncio.Task` called as classes: `asyncio.Future()`
//! is `loop.create_future()` and `asyncio.Task(coro, name=…)` is
//! `loop.create_task(coro, name=…)` of the running loop, as CPython's
//! constructors are when `loop` is left out.

use std::rc::Rc;

use super::asyncio::{as_task, future_value, task_takes};
use super::event_loop::{has_running_loop, loop_of};
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::value::Value;
use crate::python::vm::machine::Vm;

/// Calls class `name` (`_asyncio.Future` or `_asyncio.Task`, as `type()`
/// names them), if it is one of asyncio's.
pub fn construct(vm: &mut Vm, name: &str, args: &[Value], kwargs: &[(Rc<str>, Value)]) -> Option<Res<Value>> {
    let short = match name {
        "_asyncio.Future" => "Future",
        "_asyncio.Task" => "Task",
        "_GatheringFuture" => "_GatheringFuture",
        _ => return None,
    };
    Some(if short == "_GatheringFuture" || !has_running_loop(vm) || kwargs.iter().any(|(k, _)| &**k != "name" || short == "Future") {
        Err(exc(
            "NotImplementedError",
            format!("looplab makes asyncio.{short}() only inside a running event loop, without loop= or context="),
        ))
    } else if short == "Future" {
        new_future(vm, args)
    } else {
        new_task(vm, args, kwargs)
    })
}

/// `asyncio.Future()`.
fn new_future(vm: &mut Vm, args: &[Value]) -> Res<Value> {
    if !args.is_empty() {
        return type_error(format!("Future() takes no positional arguments ({} given)", args.len()));
    }
    let f = loop_of(vm)?.create_future();
    super::debug::record(vm, f, &[])?;
    Ok(future_value(loop_of(vm)?, f))
}

/// `asyncio.Task(coro, name=None)`.
fn new_task(vm: &mut Vm, args: &[Value], kwargs: &[(Rc<str>, Value)]) -> Res<Value> {
    let [coro] = args else {
        return type_error(format!("Task() takes exactly 1 positional argument ({} given)", args.len()));
    };
    if !task_takes(coro) {
        return type_error(format!("a coroutine was expected, got {}", coro.repr()));
    }
    let t = as_task(vm, coro)?;
    super::debug::record(vm, t, &[])?;
    let lp = loop_of(vm)?;
    match kwargs.iter().find(|(k, _)| &**k == "name").map(|(_, v)| v) {
        Some(Value::None) | None => {}
        Some(name) => lp.set_task_name(t, name.to_str())?,
    }
    Ok(future_value(lp, t))
}

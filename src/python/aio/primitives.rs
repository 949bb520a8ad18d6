//! The constructors of asyncio's synchronisation primitives: `Lock()`,
//! `Event()`, `Semaphore(n)`, `BoundedSemaphore(n)`, `Condition(lock)`, the
//! three queues, `Barrier(n)` and `TaskGroup()`.

use std::rc::Rc;

use super::asyncio::{PyHost, SyncObj, item_less_than};
use crate::engine::{Condition, Event, Lock, Queue, QueueOrder, Semaphore};
use crate::python::lib::builtins::arg_count;
use crate::python::object::errors::{Res, type_error};
use crate::python::object::native;
use crate::python::object::value::Value;

/// `asyncio.<func>(*args, **kwargs)` if `func` names a primitive; None otherwise.
pub fn make(func: &str, args: &[Value], kwargs: &[(Rc<str>, Value)]) -> Option<Res<Value>> {
    let keyword = |name: &str| kwargs.iter().find(|(k, _)| &**k == name).map(|(_, v)| v);
    Some(match func {
        "Lock" => Ok(native(SyncObj::Lock(Lock::new()))),
        "Event" => Ok(native(SyncObj::Event(Event::new()))),
        "Semaphore" | "BoundedSemaphore" => semaphore(func, args.first().or_else(|| keyword("value"))),
        "Condition" => condition(args.first()),
        "Queue" | "LifoQueue" | "PriorityQueue" => Ok(queue(func, args.first().or_else(|| keyword("maxsize")))),
        "Barrier" => barrier(args),
        "TaskGroup" => arg_count("TaskGroup", args, 0, 0).map(|_| super::taskgroups::make()),
        _ => return None,
    })
}

fn native(obj: SyncObj) -> Value {
    Value::Native(Rc::new(obj))
}

fn semaphore(func: &str, value: Option<&Value>) -> Res<Value> {
    let value = match value {
        Some(Value::Int(n)) => *n,
        Some(other) => return type_error(format!("'{}' object cannot be interpreted as an integer", other.type_name())),
        None => 1,
    };
    Ok(native(if func == "Semaphore" {
        SyncObj::Semaphore(Semaphore::new::<PyHost>(value)?, "Semaphore")
    } else {
        SyncObj::Semaphore(Semaphore::bounded::<PyHost>(value)?, "BoundedSemaphore")
    }))
}

fn condition(lock: Option<&Value>) -> Res<Value> {
    let lock = match lock {
        Some(Value::Native(n)) => match native::downcast::<SyncObj>(n) {
            Some(SyncObj::Lock(l)) => Some(l.clone()),
            _ => return type_error("Condition() expects an asyncio.Lock"),
        },
        _ => None,
    };
    Ok(native(SyncObj::Condition(Condition::new(lock))))
}

fn queue(func: &str, maxsize: Option<&Value>) -> Value {
    let size = match maxsize {
        Some(Value::Int(n)) if *n > 0 => *n as usize,
        _ => 0,
    };
    let (order, name) = match func {
        "LifoQueue" => (QueueOrder::Lifo, "LifoQueue"),
        "PriorityQueue" => (QueueOrder::Priority(item_less_than), "PriorityQueue"),
        _ => (QueueOrder::Fifo, "Queue"),
    };
    native(SyncObj::Queue(Queue::with_order(size, order), name))
}

fn barrier(args: &[Value]) -> Res<Value> {
    arg_count("Barrier", args, 1, 1)?;
    match &args[0] {
        Value::Int(n) => super::barrier::Barrier::new(*n),
        other => type_error(format!("'<' not supported between instances of '{}' and 'int'", other.type_name())),
    }
}

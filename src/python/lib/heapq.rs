//! `heapq` and `bisect`: CPython's sift algorithms and binary searches over
//! a list, comparing with `<` only (a class's `__lt__` included), as CPython
//! does; the heap functions sift a copy, as the comparisons may run user code.

use std::cell::RefCell;
use std::rc::Rc;

use super::natives::{arg, int_arg, kwarg};
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::value::Value;
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;
use crate::python::object::code::CmpOp;
use crate::python::vm::ops::compare;

/// The functions of both modules, as `heapq.name` / `bisect.name`.
pub const FUNCTIONS: &[&str] = &[
    "heapq.heappush", "heapq.heappop", "heapq.heapify", "heapq.heappushpop", "heapq.heapreplace",
    "heapq.nsmallest", "heapq.nlargest", "heapq.merge", "bisect.bisect_left", "bisect.bisect_right",
    "bisect.bisect", "bisect.insort_left", "bisect.insort_right", "bisect.insort",
];

/// `heapq.name` or `bisect.name`.
pub fn attr(module: &str, name: &str) -> Option<Value> {
    FUNCTIONS.iter().find(|f| f.split_once('.') == Some((module, name))).map(|f| Value::Builtin(f))
}

/// `a < b`, through the operands' `__lt__` when they are instances.
fn less(vm: &mut Vm, a: &Value, b: &Value) -> Res<bool> {
    compare(vm, CmpOp::Lt, a, b)
}

fn list_arg(func: &str, v: Option<&Value>) -> Res<Rc<RefCell<Vec<Value>>>> {
    match v {
        Some(Value::List(l)) => Ok(l.clone()),
        Some(other) => type_error(format!("{func}() argument 1 must be list, not {}", other.type_name())),
        None => type_error(format!("{func} expected 2 arguments, got 0")),
    }
}

fn siftdown(vm: &mut Vm, heap: &mut [Value], start: usize, mut pos: usize) -> Res<()> {
    let item = heap[pos].clone();
    while pos > start {
        let parent = (pos - 1) >> 1;
        if less(vm, &item, &heap[parent])? {
            heap[pos] = heap[parent].clone();
            pos = parent;
            continue;
        }
        break;
    }
    heap[pos] = item;
    Ok(())
}

fn siftup(vm: &mut Vm, heap: &mut [Value], mut pos: usize) -> Res<()> {
    let end = heap.len();
    let start = pos;
    let item = heap[pos].clone();
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end && !less(vm, &heap[child], &heap[right])? {
            child = right;
        }
        heap[pos] = heap[child].clone();
        pos = child;
        child = 2 * pos + 1;
    }
    heap[pos] = item;
    siftdown(vm, heap, start, pos)
}

/// Calls `heapq.func(…)` or `bisect.func(…)`.
pub fn call(vm: &mut Vm, func: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    match func {
        "heappush" => {
            let l = list_arg(func, args.first())?;
            let item = args.get(1).cloned().ok_or_else(|| exc("TypeError", "heappush expected 2 arguments, got 1"))?;
            let mut heap = l.borrow().clone();
            heap.push(item);
            let last = heap.len() - 1;
            let sifted = siftdown(vm, &mut heap, 0, last);
            *l.borrow_mut() = heap;
            sifted?;
            Ok(Value::None)
        }
        "heappop" => {
            let l = list_arg(func, args.first())?;
            let mut heap = l.borrow().clone();
            let last = heap.pop().ok_or_else(|| exc("IndexError", "index out of range"))?;
            if heap.is_empty() {
                *l.borrow_mut() = heap;
                return Ok(last);
            }
            let top = std::mem::replace(&mut heap[0], last);
            let sifted = siftup(vm, &mut heap, 0);
            *l.borrow_mut() = heap;
            sifted.map(|_| top)
        }
        "heapreplace" | "heappushpop" => {
            let l = list_arg(func, args.first())?;
            let item = args.get(1).cloned().ok_or_else(|| exc("TypeError", format!("{func} expected 2 arguments, got 1")))?;
            let mut heap = l.borrow().clone();
            if func == "heappushpop" && (heap.is_empty() || !less(vm, &heap[0], &item)?) {
                return Ok(item);
            }
            if heap.is_empty() {
                return Err(exc("IndexError", "index out of range"));
            }
            let top = std::mem::replace(&mut heap[0], item);
            let sifted = siftup(vm, &mut heap, 0);
            *l.borrow_mut() = heap;
            sifted.map(|_| top)
        }
        "heapify" => {
            let l = list_arg(func, args.first())?;
            let mut heap = l.borrow().clone();
            let sifted = (0..heap.len() / 2).rev().try_for_each(|i| siftup(vm, &mut heap, i));
            *l.borrow_mut() = heap;
            sifted.map(|_| Value::None)
        }
        "nsmallest" | "nlargest" => {
            let n = int_arg(args.first().ok_or_else(|| exc("TypeError", format!("{func}() missing 2 required positional arguments: 'n' and 'iterable'")))?)?;
            let items = vm.collect(args.get(1).ok_or_else(|| exc("TypeError", format!("{func}() missing 1 required positional argument: 'iterable'")))?)?;
            let mut kw: Kwargs = kwarg(&kwargs, "key").map(|k| vec![(Rc::from("key"), k.clone())]).unwrap_or_default();
            if func == "nlargest" {
                kw.push((Rc::from("reverse"), Value::Bool(true)));
            }
            let mut sorted = super::builtins::sort_values(vm, items, &kw)?;
            sorted.truncate(n.max(0) as usize);
            Ok(Value::list(sorted))
        }
        "merge" => {
            let mut all = Vec::new();
            for it in &args {
                all.extend(vm.collect(it)?);
            }
            let sorted = super::builtins::sort_values(vm, all, &kwargs)?;
            Ok(Value::Iter(Rc::new(RefCell::new(crate::python::object::value::IterState::Seq(Rc::new(sorted), 0)))))
        }
        _ => bisect(vm, func, &args, &kwargs),
    }
}

fn bisect(vm: &mut Vm, func: &str, args: &[Value], kwargs: &Kwargs) -> Res<Value> {
    let l = match args.first() {
        Some(Value::List(l)) => l.clone(),
        Some(other) => return type_error(format!("'{}' object is not subscriptable", other.type_name())),
        None => return type_error(format!("{func}() missing required argument 'a' (pos 1)")),
    };
    let Some(x) = arg(args, kwargs, 1, "x").cloned() else {
        return type_error(format!("{func}() missing required argument 'x' (pos 2)"));
    };
    let len = l.borrow().len() as i64;
    let mut lo = arg(args, kwargs, 2, "lo").map(int_arg).transpose()?.unwrap_or(0);
    if lo < 0 {
        return Err(exc("ValueError", "lo must be non-negative"));
    }
    let mut hi = match arg(args, kwargs, 3, "hi") {
        None | Some(Value::None) => len,
        Some(v) => int_arg(v)?,
    };
    let key = kwarg(kwargs, "key").filter(|k| !matches!(k, Value::None)).cloned();
    let right = !func.ends_with("_left");
    let probe = match (&key, func.starts_with("insort")) {
        (Some(k), true) => vm.call(k, vec![x.clone()], Vec::new())?,
        _ => x.clone(),
    };
    while lo < hi {
        let mid = (lo + hi) / 2;
        let item = l.borrow()[mid as usize].clone();
        let item = match &key {
            Some(k) => vm.call(k, vec![item], Vec::new())?,
            None => item,
        };
        let go_left = if right { less(vm, &probe, &item)? } else { !less(vm, &item, &probe)? };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    if func.starts_with("insort") {
        l.borrow_mut().insert(lo as usize, x);
        return Ok(Value::None);
    }
    Ok(Value::Int(lo))
}

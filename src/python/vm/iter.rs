//! Iteration: `iter()` and `next()` over the built-in iterables, generators
//! included.

use std::cell::RefCell;
use std::rc::Rc;

use crate::python::object::value::{IterState, Value};
use super::machine::{FrameResult, Vm};
use crate::python::object::errors::{Res, type_error};
use super::dunder::{special, truthy, try_call, type_name};

fn make(state: IterState) -> Value {
    Value::Iter(Rc::new(RefCell::new(state)))
}

/// `iter(v)`.
pub fn get_iter(vm: &mut Vm, v: &Value) -> Res<Value> {
    Ok(match v {
        Value::Instance(_) if let Some(parts) = super::flags::parts(v) => make(IterState::Seq(Rc::new(parts), 0)),
        Value::Instance(_) if let Some(x) = crate::python::object::scalar::scalar_of(v, &["__iter__"]) => {
            return get_iter(vm, &x);
        }
        Value::Instance(_) => return instance_iter(vm, v),
        Value::List(l) => make(IterState::List(l.clone(), 0)),
        Value::Tuple(t) => make(IterState::Seq(t.clone(), 0)),
        Value::Str(s) => make(IterState::Seq(Rc::new(s.chars().map(|c| Value::str(c.encode_utf8(&mut [0; 4]))).collect()), 0)),
        Value::Dict(d) => make(IterState::Seq(Rc::new(d.borrow().keys().map(|k| k.0.clone()).collect()), 0)),
        Value::Set(s) => make(IterState::Seq(Rc::new(crate::python::object::set_order::iteration_order(&s.borrow())), 0)),
        Value::Range(r) => make(IterState::Range(r.0, r.1, r.2)),
        Value::FrozenSet(s) => make(IterState::Seq(Rc::new(crate::python::object::set_order::iteration_order(s)), 0)),
        Value::Bytes(b, _) => make(IterState::Seq(Rc::new(b.borrow().iter().map(|x| Value::Int(*x as i64)).collect()), 0)),
        Value::View(view) => make(IterState::Seq(Rc::new(crate::python::object::value::view_items(view.0, &view.1)), 0)),
        Value::Iter(_) => v.clone(),
        Value::Class(c) if crate::python::object::enums::is_enum(c) => {
            return get_iter(vm, &super::enums::iterate(c).unwrap_or(Value::None));
        }
        Value::Gen(g) if g.borrow().is_generator() => v.clone(),
        Value::Native(n) if n.methods().contains(&"__next__") => v.clone(),
        Value::Native(n) if n.backing().is_some() => return get_iter(vm, &n.backing().unwrap_or(Value::None)),
        other => return type_error(format!("'{}' object is not iterable", other.class_name())),
    })
}

/// `iter(obj)` for an instance: `__iter__`, whose result must be an
/// iterator, else the `__getitem__` sequence protocol.
fn instance_iter(vm: &mut Vm, v: &Value) -> Res<Value> {
    if let Some(r) = try_call(vm, v, "__iter__", Vec::new()) {
        let it = r?;
        let is_iterator = match &it {
            Value::Iter(_) => true,
            Value::Gen(g) => !g.borrow().is_coroutine(),
            Value::Instance(_) => special(&it, "__next__").is_some(),
            _ => false,
        };
        if !is_iterator {
            return type_error(format!("iter() returned non-iterator of type '{}'", type_name(&it)));
        }
        return Ok(it);
    }
    if special(v, "__getitem__").is_some() {
        return Ok(make(IterState::Indexed(v.clone(), 0)));
    }
    type_error(format!("'{}' object is not iterable", type_name(v)))
}

/// `next(it)`: `Ok(None)` when the iterator is exhausted.
pub fn next(vm: &mut Vm, it: &Value) -> Res<Option<Value>> {
    match it {
        Value::Instance(_) => match try_call(vm, it, "__next__", Vec::new()) {
            Some(Ok(v)) => Ok(Some(v)),
            Some(Err(e)) if e.kind == "StopIteration" => Ok(None),
            Some(Err(e)) => Err(e),
            None => type_error(format!("'{}' object is not an iterator", type_name(it))),
        },
        Value::Iter(state) => next_state(vm, state),
        Value::Gen(g) if g.borrow().is_generator() => match vm.resume(g, Value::None, None) {
            FrameResult::Yield(v) => Ok(Some(v)),
            FrameResult::Return(_) => Ok(None),
            FrameResult::Raise(e) if e.kind == "StopIteration" && g.borrow().is_finished() => Ok(None),
            FrameResult::Raise(e) => Err(e),
        },
        Value::Native(n) if n.methods().contains(&"__next__") => {
            // A library iterator may never end (`itertools.count()`): each
            // item is a step, wherever the loop runs.
            vm.charge_steps(1)?;
            next_native(vm, it)
        }
        other => type_error(format!("'{}' object is not an iterator", other.class_name())),
    }
}

/// The next item of a library iterator (None once it raises StopIteration).
fn next_native(vm: &mut Vm, it: &Value) -> Res<Option<Value>> {
    match vm.lib.call_method(vm, it, "__next__", Vec::new(), Vec::new()) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.kind == "StopIteration" => Ok(None),
        Err(e) => Err(e),
    }
}

fn next_state(vm: &mut Vm, state: &Rc<RefCell<IterState>>) -> Res<Option<Value>> {
    let mut s = state.borrow_mut();
    match &mut *s {
        IterState::List(l, i) => {
            let item = l.borrow().get(*i).cloned();
            *i += 1;
            Ok(item)
        }
        IterState::Seq(items, i) => {
            let item = items.get(*i).cloned();
            *i += 1;
            Ok(item)
        }
        IterState::Range(next, stop, step) => {
            if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                let v = *next;
                *next = next.checked_add(*step).unwrap_or(*stop);
                Ok(Some(Value::Int(v)))
            } else {
                Ok(None)
            }
        }
        IterState::Enumerate(inner, count) => {
            let inner = inner.clone();
            let n = *count;
            *count += 1;
            drop(s);
            Ok(next(vm, &inner)?.map(|v| Value::tuple(vec![Value::Int(n), v])))
        }
        IterState::Zip(its) => {
            let its = its.clone();
            drop(s);
            let mut items = Vec::with_capacity(its.len());
            for it in &its {
                match next(vm, it)? {
                    Some(v) => items.push(v),
                    None => return Ok(None),
                }
            }
            Ok(Some(Value::tuple(items)))
        }
        IterState::Map(f, its) => {
            let (f, its) = (f.clone(), its.clone());
            drop(s);
            let mut args = Vec::with_capacity(its.len());
            for it in &its {
                match next(vm, it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            vm.call(&f, args, Vec::new()).map(Some)
        }
        IterState::Filter(f, it) => {
            let (f, it) = (f.clone(), it.clone());
            drop(s);
            loop {
                match next(vm, &it)? {
                    Some(v) => {
                        let keep = if matches!(f, Value::None) {
                            truthy(vm, &v)?
                        } else {
                            let r = vm.call(&f, vec![v.clone()], Vec::new())?;
                            truthy(vm, &r)?
                        };
                        if keep {
                            return Ok(Some(v));
                        }
                    }
                    None => return Ok(None),
                }
            }
        }
        IterState::Indexed(obj, i) => {
            let (obj, index) = (obj.clone(), *i);
            *i += 1;
            drop(s);
            match super::protocols::get_item(vm, &obj, &Value::Int(index)) {
                Ok(v) => Ok(Some(v)),
                Err(e) if e.kind == "IndexError" || e.kind == "StopIteration" => {
                    *state.borrow_mut() = IterState::Done;
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        IterState::Done => Ok(None),
    }
}

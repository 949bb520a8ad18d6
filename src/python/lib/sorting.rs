//! `sorted()` and `list.sort()` when the keys may run user code (`__lt__`):
//! only `<` is asked, as CPython's sort asks it. For up to 64 keys the
//! questions are CPython's own (its first run, then binary insertion), so a
//! `__lt__` that prints prints the same lines; longer lists merge runs with
//! the same stability but not the same questions.

use crate::python::object::code::CmpOp;
use crate::python::object::errors::Res;
use crate::python::object::value::Value;
use crate::python::vm::compare::compare_bool;
use crate::python::vm::machine::Vm;

/// A key and the item it sorts.
type Keyed = (Value, Value);

fn lt(vm: &mut Vm, a: &Keyed, b: &Keyed) -> Res<bool> {
    compare_bool(vm, CmpOp::Lt, &a.0, &b.0)
}

/// Whether comparing `v` may run user code.
pub fn may_run_user_code(v: &Value) -> bool {
    match v {
        Value::Instance(_) => true,
        Value::Tuple(items) => items.iter().any(may_run_user_code),
        Value::List(items) => items.borrow().iter().any(may_run_user_code),
        _ => false,
    }
}

/// Sorts `items` in place, stably, asking only `key < key`.
pub fn sort_by_lt(vm: &mut Vm, items: &mut Vec<Keyed>) -> Res<()> {
    if items.len() < 2 {
        return Ok(());
    }
    if items.len() <= 64 {
        return sort_small(vm, items);
    }
    let mut right = items.split_off(items.len() / 2);
    sort_by_lt(vm, items)?;
    sort_by_lt(vm, &mut right)?;
    let left = std::mem::take(items);
    let mut merged = Vec::with_capacity(left.len() + right.len());
    let (mut l, mut r) = (left.into_iter().peekable(), right.into_iter().peekable());
    while let (Some(a), Some(b)) = (l.peek(), r.peek()) {
        if lt(vm, b, a)? {
            merged.extend(r.next());
        } else {
            merged.extend(l.next());
        }
    }
    merged.extend(l);
    merged.extend(r);
    *items = merged;
    Ok(())
}

/// CPython's `count_run` then `binarysort`, for one run of a short list.
fn sort_small(vm: &mut Vm, items: &mut [Keyed]) -> Res<()> {
    let n = items.len();
    let mut run = 2;
    if lt(vm, &items[1], &items[0])? {
        while run < n && lt(vm, &items[run], &items[run - 1])? {
            run += 1;
        }
        items[..run].reverse();
    } else {
        while run < n && !lt(vm, &items[run], &items[run - 1])? {
            run += 1;
        }
    }
    for start in run..n {
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + ((r - l) >> 1);
            if lt(vm, &items[start], &items[p])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        items[l..=start].rotate_right(1);
    }
    Ok(())
}

//! Set algebra (`|`, `&`, `-`, `^`, `==`, subset tests) where members may be
//! instances whose class defines `__eq__`: membership then goes through
//! [`super::keys`], which asks `__eq__`; sets of other values use the
//! `IndexSet` operations directly.

use std::cell::RefCell;
use std::rc::Rc;

use indexmap::IndexSet;

use crate::python::object::errors::Res;
use crate::python::object::value::{Key, Value};
use super::keys::{needs_eq, set_add, set_contains};
use super::machine::Vm;

/// A set operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetOp {
    /// `a | b`
    Union,
    /// `a & b`
    Intersection,
    /// `a - b`
    Difference,
    /// `a ^ b`
    SymmetricDifference,
}

/// A relation between two sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetRelation {
    /// `a == b`
    Equal,
    /// `a <= b`
    Subset,
    /// `a >= b`
    Superset,
    /// no common member
    Disjoint,
}

type Members = RefCell<IndexSet<Key>>;

fn user_eq(x: &Members, y: &Members) -> bool {
    x.borrow().iter().any(|k| needs_eq(&k.0)) || y.borrow().iter().any(|k| needs_eq(&k.0))
}

/// `a <op> b` as a new set.
pub fn combine(vm: &mut Vm, op: SetOp, x: &Members, y: &Members) -> Res<Value> {
    if !user_eq(x, y) {
        let (a, b) = (x.borrow(), y.borrow());
        let result: IndexSet<Key> = match op {
            SetOp::Union => a.union(&b).cloned().collect(),
            SetOp::Intersection => a.intersection(&b).cloned().collect(),
            SetOp::Difference => a.difference(&b).cloned().collect(),
            SetOp::SymmetricDifference => a.symmetric_difference(&b).cloned().collect(),
        };
        return Ok(Value::Set(Rc::new(RefCell::new(result))));
    }
    let out: Members = RefCell::new(IndexSet::new());
    let (xs, ys) = (members(x), members(y));
    match op {
        SetOp::Union => {
            for k in xs.into_iter().chain(ys) {
                set_add(vm, &out, k)?;
            }
        }
        SetOp::Intersection | SetOp::Difference => {
            let keep = op == SetOp::Intersection;
            for k in xs {
                if set_contains(vm, y, &k)? == keep {
                    set_add(vm, &out, k)?;
                }
            }
        }
        SetOp::SymmetricDifference => {
            for k in xs {
                if !set_contains(vm, y, &k)? {
                    set_add(vm, &out, k)?;
                }
            }
            for k in ys {
                if !set_contains(vm, x, &k)? {
                    set_add(vm, &out, k)?;
                }
            }
        }
    }
    Ok(Value::Set(Rc::new(out)))
}

fn members(s: &Members) -> Vec<Value> {
    s.borrow().iter().map(|k| k.0.clone()).collect()
}

/// Whether `a` and `b` stand in `relation`.
pub fn relation(vm: &mut Vm, relation: SetRelation, x: &Members, y: &Members) -> Res<bool> {
    if !user_eq(x, y) {
        let (a, b) = (x.borrow(), y.borrow());
        return Ok(match relation {
            SetRelation::Equal => a.len() == b.len() && a.is_subset(&b),
            SetRelation::Subset => a.is_subset(&b),
            SetRelation::Superset => a.is_superset(&b),
            SetRelation::Disjoint => a.is_disjoint(&b),
        });
    }
    let (small, big, want) = match relation {
        SetRelation::Equal if x.borrow().len() != y.borrow().len() => return Ok(false),
        SetRelation::Equal | SetRelation::Subset => (x, y, true),
        SetRelation::Superset => (y, x, true),
        SetRelation::Disjoint => (x, y, false),
    };
    for k in members(small) {
        if set_contains(vm, big, &k)? != want {
            return Ok(false);
        }
    }
    Ok(true)
}

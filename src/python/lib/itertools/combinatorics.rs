//! product, permutations, combinations and combinations_with_replacement:
//! the index walks of CPython's itertools documentation, one tuple per step.

use super::super::natives::{int_arg, kwarg};
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::value::Value;
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

/// Which walk, and where it is.
pub struct Indices {
    kind: Kind,
    idx: Vec<usize>,
    cycles: Vec<usize>,
    r: usize,
    started: bool,
    done: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Product,
    Permutations,
    Combinations,
    WithReplacement,
}

/// Collects the pools and sets up the walk for `func(*args)`.
pub fn start(vm: &mut Vm, func: &str, args: &[Value], kwargs: &Kwargs) -> Res<(&'static str, Vec<Vec<Value>>, Indices)> {
    if func == "product" {
        let repeat = kwarg(kwargs, "repeat").map(int_arg).transpose()?.unwrap_or(1);
        if repeat < 0 {
            return Err(exc("ValueError", "repeat argument cannot be negative"));
        }
        let mut base = Vec::new();
        for a in args {
            base.push(vm.collect(a)?);
        }
        let pools: Vec<Vec<Value>> = (0..repeat).flat_map(|_| base.iter().cloned()).collect();
        let done = pools.iter().any(Vec::is_empty);
        let indices = Indices { kind: Kind::Product, idx: vec![0; pools.len()], cycles: Vec::new(), r: pools.len(), started: false, done };
        return Ok(("itertools.product", pools, indices));
    }
    let Some(iterable) = args.first().or_else(|| kwarg(kwargs, "iterable")) else {
        return type_error(format!("{func}() missing required argument 'iterable' (pos 1)"));
    };
    let pool = vm.collect(iterable)?;
    let n = pool.len();
    let r = match args.get(1).or_else(|| kwarg(kwargs, "r")) {
        Some(Value::None) | None if func == "permutations" => n as i64,
        Some(v) => int_arg(v)?,
        None => return type_error(format!("{func}() missing required argument 'r' (pos 2)")),
    };
    if r < 0 {
        return Err(exc("ValueError", "r must be non-negative"));
    }
    let r = r as usize;
    let (kind, name) = match func {
        "permutations" => (Kind::Permutations, "itertools.permutations"),
        "combinations" => (Kind::Combinations, "itertools.combinations"),
        _ => (Kind::WithReplacement, "itertools.combinations_with_replacement"),
    };
    let (idx, cycles, done) = match kind {
        Kind::Permutations => ((0..n).collect(), (0..r).map(|i| n - i).collect(), r > n),
        Kind::Combinations => ((0..r).collect(), Vec::new(), r > n),
        _ => (vec![0; r], Vec::new(), n == 0 && r > 0),
    };
    Ok((name, vec![pool], Indices { kind, idx, cycles, r, started: false, done }))
}

impl Indices {
    /// The next tuple, or `None` when the walk is over.
    pub fn next_tuple(&mut self, pools: &[Vec<Value>]) -> Option<Value> {
        if self.done {
            return None;
        }
        if self.started && !self.advance(pools) {
            self.done = true;
            return None;
        }
        self.started = true;
        let items = match self.kind {
            Kind::Product => self.idx.iter().enumerate().map(|(p, &i)| pools[p][i].clone()).collect(),
            _ => self.idx[..self.r].iter().map(|&i| pools[0][i].clone()).collect(),
        };
        Some(Value::tuple(items))
    }

    fn advance(&mut self, pools: &[Vec<Value>]) -> bool {
        let r = self.r;
        match self.kind {
            Kind::Product => {
                for i in (0..r).rev() {
                    self.idx[i] += 1;
                    if self.idx[i] < pools[i].len() {
                        return true;
                    }
                    self.idx[i] = 0;
                }
                false
            }
            Kind::Permutations => {
                let n = self.idx.len();
                for i in (0..r).rev() {
                    self.cycles[i] -= 1;
                    if self.cycles[i] == 0 {
                        let moved = self.idx.remove(i);
                        self.idx.push(moved);
                        self.cycles[i] = n - i;
                    } else {
                        let j = self.cycles[i];
                        self.idx.swap(i, n - j);
                        return true;
                    }
                }
                false
            }
            Kind::Combinations => {
                let n = pools[0].len();
                let Some(i) = (0..r).rev().find(|&i| self.idx[i] != i + n - r) else { return false };
                self.idx[i] += 1;
                for j in i + 1..r {
                    self.idx[j] = self.idx[j - 1] + 1;
                }
                true
            }
            Kind::WithReplacement => {
                let n = pools[0].len();
                let Some(i) = (0..r).rev().find(|&i| self.idx[i] != n - 1) else { return false };
                let v = self.idx[i] + 1;
                for j in i..r {
                    self.idx[j] = v;
                }
                true
            }
        }
    }
}

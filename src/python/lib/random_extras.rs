//! `random`'s other functions, as CPython's random.py computes them from
//! `random()` and `_randbelow`, so a seeded program draws the same values:
//! sample, choices, gauss, expovariate, triangular, normalvariate.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::natives::{arg, int_arg, kwarg};
use super::random::Mt19937;
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::value::Value;
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

/// The names this room adds to `random`.
pub const NAMES: &[&str] = &[
    "random.sample", "random.choices", "random.gauss", "random.expovariate", "random.triangular",
    "random.normalvariate",
];

/// The second normal value `gauss()` keeps for its next call (reset by `seed`).
#[derive(Default)]
pub struct GaussNext(pub Option<f64>);

fn random(vm: &mut Vm) -> f64 {
    vm.ext.get_mut::<Mt19937>().random()
}

fn randbelow(vm: &mut Vm, n: usize) -> usize {
    vm.ext.get_mut::<Mt19937>().randbelow(&BigInt::from(n)).to_usize().unwrap_or(0)
}

fn real(v: &Value, func: &str) -> Res<f64> {
    match v.as_number() {
        Some(n) => Ok(n.to_f64()),
        None => type_error(format!("{func}: must be real number, not {}", v.type_name())),
    }
}

fn sequence(vm: &mut Vm, v: &Value) -> Res<Vec<Value>> {
    match v {
        Value::Set(_) | Value::Dict(_) => type_error("Population must be a sequence.  For dicts or sets, use sorted(d)."),
        other => vm.collect(other),
    }
}

/// Calls `random.func(…)` for the functions in [`NAMES`].
pub fn call(vm: &mut Vm, func: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    match func {
        "sample" => {
            let population = sequence(vm, arg(&args, &kwargs, 0, "population").unwrap_or(&Value::None))?;
            let Some(k) = arg(&args, &kwargs, 1, "k") else {
                return type_error("Random.sample() missing 1 required positional argument: 'k'");
            };
            let k = int_arg(k)?;
            let n = population.len();
            if k < 0 || k as usize > n {
                return Err(exc("ValueError", "Sample larger than population or is negative"));
            }
            let k = k as usize;
            let mut setsize = 21usize;
            if k > 5 {
                setsize += 4usize.pow(((k * 3) as f64).log(4.0).ceil() as u32);
            }
            let mut result = Vec::with_capacity(k);
            if n <= setsize {
                let mut pool = population;
                for i in 0..k {
                    let j = randbelow(vm, n - i);
                    result.push(pool[j].clone());
                    pool[j] = pool[n - i - 1].clone();
                }
            } else {
                let mut selected = std::collections::HashSet::new();
                for _ in 0..k {
                    let mut j = randbelow(vm, n);
                    while selected.contains(&j) {
                        j = randbelow(vm, n);
                    }
                    selected.insert(j);
                    result.push(population[j].clone());
                }
            }
            Ok(Value::list(result))
        }
        "choices" => choices(vm, &args, &kwargs),
        "gauss" | "normalvariate" => {
            let mu = arg(&args, &kwargs, 0, "mu").map(|v| real(v, func)).transpose()?.unwrap_or(0.0);
            let sigma = arg(&args, &kwargs, 1, "sigma").map(|v| real(v, func)).transpose()?.unwrap_or(1.0);
            if func == "normalvariate" {
                const NV_MAGICCONST: f64 = 1.7155277699214135;
                loop {
                    let u1 = random(vm);
                    let u2 = 1.0 - random(vm);
                    let z = NV_MAGICCONST * (u1 - 0.5) / u2;
                    if z * z / 4.0 <= -u2.ln() {
                        return Ok(Value::Float(mu + z * sigma));
                    }
                }
            }
            let z = match vm.ext.get_mut::<GaussNext>().0.take() {
                Some(z) => z,
                None => {
                    let x2pi = random(vm) * std::f64::consts::TAU;
                    let g2rad = (-2.0 * (1.0 - random(vm)).ln()).sqrt();
                    vm.ext.get_mut::<GaussNext>().0 = Some(x2pi.sin() * g2rad);
                    x2pi.cos() * g2rad
                }
            };
            Ok(Value::Float(mu + z * sigma))
        }
        "expovariate" => {
            let lambd = real(args.first().unwrap_or(&Value::Float(1.0)), func)?;
            if lambd == 0.0 {
                return Err(exc("ZeroDivisionError", "float division by zero"));
            }
            Ok(Value::Float(-(1.0 - random(vm)).ln() / lambd))
        }
        _ => {
            let low = arg(&args, &kwargs, 0, "low").map(|v| real(v, func)).transpose()?.unwrap_or(0.0);
            let high = arg(&args, &kwargs, 1, "high").map(|v| real(v, func)).transpose()?.unwrap_or(1.0);
            let mode = arg(&args, &kwargs, 2, "mode").filter(|v| !matches!(v, Value::None)).map(|v| real(v, func)).transpose()?;
            let mut u = random(vm);
            let mut c = match mode {
                None => 0.5,
                Some(_) if high == low => return Ok(Value::Float(low)),
                Some(m) => (m - low) / (high - low),
            };
            let (mut low, mut high) = (low, high);
            if u > c {
                u = 1.0 - u;
                c = 1.0 - c;
                std::mem::swap(&mut low, &mut high);
            }
            Ok(Value::Float(low + (high - low) * (u * c).sqrt()))
        }
    }
}

fn choices(vm: &mut Vm, args: &[Value], kwargs: &Kwargs) -> Res<Value> {
    let given = arg(args, kwargs, 0, "population").unwrap_or(&Value::None);
    let population = vm.collect(given)?;
    let n = population.len();
    let k = kwarg(kwargs, "k").map(int_arg).transpose()?.unwrap_or(1).max(0) as usize;
    let weights = arg(args, kwargs, 1, "weights").filter(|v| !matches!(v, Value::None));
    let cum = kwarg(kwargs, "cum_weights").filter(|v| !matches!(v, Value::None));
    let cum_weights: Vec<f64> = match (weights, cum) {
        (Some(_), Some(_)) => return type_error("Cannot specify both weights and cumulative weights"),
        (None, None) => {
            if n == 0 && k > 0 {
                // CPython indexes the population with 0: the sequence's own IndexError.
                let what = match given {
                    Value::Str(_) => "string",
                    Value::Range(_) => "range object",
                    other => other.type_name(),
                };
                return Err(exc("IndexError", format!("{what} index out of range")));
            }
            let mut out = Vec::with_capacity(k);
            for _ in 0..k {
                let i = (random(vm) * n as f64).floor() as usize;
                out.push(population[i.min(n - 1)].clone());
            }
            return Ok(Value::list(out));
        }
        (Some(w), None) => {
            let mut acc = 0.0;
            let mut out = Vec::new();
            for v in vm.collect(w)? {
                acc += real(&v, "choices")?;
                out.push(acc);
            }
            out
        }
        (None, Some(c)) => vm.collect(c)?.iter().map(|v| real(v, "choices")).collect::<Res<_>>()?,
    };
    if cum_weights.len() != n {
        return Err(exc("ValueError", "The number of weights does not match the population"));
    }
    let total = cum_weights.last().copied().unwrap_or(0.0);
    if total <= 0.0 {
        return Err(exc("ValueError", "Total of weights must be greater than zero"));
    }
    if !total.is_finite() {
        return Err(exc("ValueError", "Total of weights must be finite"));
    }
    let hi = n - 1;
    let mut out = Vec::with_capacity(k);
    for _ in 0..k {
        let x = random(vm) * total;
        let (mut lo, mut h) = (0usize, hi);
        while lo < h {
            let mid = (lo + h) / 2;
            if x < cum_weights[mid] {
                h = mid;
            } else {
                lo = mid + 1;
            }
        }
        out.push(population[lo].clone());
    }
    Ok(Value::list(out))
}

//! The `statistics` module over ints and floats, with CPython's exact
//! arithmetic: sums are exact fractions, converted once with correct
//! rounding, so `mean`, `variance` and `stdev` give CPython's very floats
//! (and ints when CPython's do).

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::python::object::code::BinOp;
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::value::{Num, Value, int_from_big};
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

/// The module's functions, as `statistics.name`.
pub const FUNCTIONS: &[&str] = &[
    "statistics.mean", "statistics.fmean", "statistics.median", "statistics.median_low", "statistics.median_high",
    "statistics.mode", "statistics.variance", "statistics.pvariance", "statistics.stdev", "statistics.pstdev",
];

/// `statistics.name`.
pub fn attr(name: &str) -> Option<Value> {
    if name == "StatisticsError" {
        return Some(Value::Type("StatisticsError"));
    }
    FUNCTIONS.iter().find(|f| f.strip_prefix("statistics.") == Some(name)).map(|f| Value::Builtin(f))
}

/// An exact fraction in lowest terms, denominator positive.
#[derive(Clone)]
struct Frac {
    n: BigInt,
    d: BigInt,
}

impl Frac {
    fn new(n: BigInt, d: BigInt) -> Frac {
        let g = n.gcd(&d);
        let (mut n, mut d) = if g.is_zero() { (n, d) } else { (n / &g, d / &g) };
        if d.is_negative() {
            n = -n;
            d = -d;
        }
        Frac { n, d }
    }
    fn int(n: BigInt) -> Frac {
        Frac { n, d: BigInt::one() }
    }
    fn add(&self, o: &Frac) -> Frac {
        Frac::new(&self.n * &o.d + &o.n * &self.d, &self.d * &o.d)
    }
    fn mul(&self, o: &Frac) -> Frac {
        Frac::new(&self.n * &o.n, &self.d * &o.d)
    }
    fn div_int(&self, k: usize) -> Frac {
        Frac::new(self.n.clone(), &self.d * BigInt::from(k))
    }
    /// The exact value of a finite float.
    fn of_float(f: f64) -> Frac {
        let bits = f.to_bits();
        let sign = if bits >> 63 == 1 { -1 } else { 1 };
        let exp = ((bits >> 52) & 0x7ff) as i64;
        let mantissa = bits & ((1u64 << 52) - 1);
        let (m, e) = if exp == 0 { (mantissa, -1074) } else { (mantissa | (1u64 << 52), exp - 1075) };
        let m = BigInt::from(m) * sign;
        if e >= 0 { Frac::int(m << e as usize) } else { Frac::new(m, BigInt::one() << (-e) as usize) }
    }
    fn to_f64(&self) -> f64 {
        ratio_to_f64(&self.n, &self.d)
    }
}

/// `n / d` correctly rounded to the nearest float (half to even), as
/// CPython's int true division.
fn ratio_to_f64(n: &BigInt, d: &BigInt) -> f64 {
    if n.is_zero() {
        return 0.0;
    }
    let negative = n.sign() == Sign::Minus;
    let (a, b) = (n.abs(), d.clone());
    let k = 55 - (a.bits() as i64 - b.bits() as i64);
    let (num, den) = if k >= 0 { (a << k as usize, b) } else { (a, b << (-k) as usize) };
    let (q, r) = num.div_rem(&den);
    let sticky = !r.is_zero();
    let excess = q.bits() as i64 - 53;
    let mut m = (&q >> excess as usize).to_u64().unwrap_or(0);
    let rest = &q - (BigInt::from(m) << excess as usize);
    let half = BigInt::one() << (excess - 1) as usize;
    if rest > half || (rest == half && (sticky || m & 1 == 1)) {
        m += 1;
    }
    let value = m as f64 * 2f64.powi((excess - k) as i32);
    if negative { -value } else { value }
}

/// The data as exact fractions, whether every item was an int, and the floats
/// themselves when one is not finite.
fn exact(vm: &mut Vm, data: &Value) -> Res<(Vec<Frac>, bool, Option<f64>)> {
    let items = vm.collect(data)?;
    let mut all_int = true;
    let mut special = None;
    let mut out = Vec::with_capacity(items.len());
    for v in &items {
        match v.as_number() {
            Some(Num::F(f)) => {
                all_int = false;
                if !f.is_finite() {
                    special = Some(special.map_or(f, |s: f64| s + f));
                    continue;
                }
                out.push(Frac::of_float(f));
            }
            Some(n) => out.push(Frac::int(n.to_big().unwrap_or_default())),
            None => return type_error(format!("can't convert type '{}' to numerator/denominator", v.type_name())),
        }
    }
    Ok((out, all_int, special))
}

/// CPython's `_convert`: an int when the data were ints and the value is whole.
fn convert(f: &Frac, all_int: bool) -> Value {
    if all_int && f.d.is_one() { int_from_big(f.n.clone()) } else { Value::Float(f.to_f64()) }
}

fn stats_error(msg: &str) -> Res<Value> {
    Err(exc("StatisticsError", msg))
}

fn sum_of_squares(xs: &[Frac]) -> Frac {
    let count = xs.len();
    let sx = xs.iter().fold(Frac::int(BigInt::zero()), |acc, x| acc.add(x));
    let sxx = xs.iter().fold(Frac::int(BigInt::zero()), |acc, x| acc.add(&x.mul(x)));
    let n = Frac::int(BigInt::from(count));
    let numerator = n.mul(&sxx).add(&Frac::new(-(&sx.n * &sx.n), &sx.d * &sx.d));
    numerator.div_int(count)
}

/// `_float_sqrt_of_frac(n, m)`: the correctly rounded square root of n/m.
fn sqrt_of_frac(f: &Frac) -> f64 {
    let (n, m) = (&f.n, &f.d);
    let rto = |n: &BigInt, m: &BigInt| -> BigInt {
        let a = (n / m).sqrt();
        if &(&a * &a * m) != n { a | BigInt::one() } else { a }
    };
    let q = (n.bits() as i64 - m.bits() as i64 - 109).div_euclid(2);
    if q >= 0 {
        let num = rto(n, &(m << (2 * q) as usize)) << q as usize;
        ratio_to_f64(&num, &BigInt::one())
    } else {
        let num = rto(&(n << (-2 * q) as usize), m);
        ratio_to_f64(&num, &(BigInt::one() << (-q) as usize))
    }
}

/// Calls `statistics.func(…)`.
pub fn call(vm: &mut Vm, func: &str, args: Vec<Value>, _kwargs: Kwargs) -> Res<Value> {
    let Some(data) = args.first() else {
        return type_error(format!("{func}() missing 1 required positional argument: 'data'"));
    };
    match func {
        "median" | "median_low" | "median_high" => {
            let items = vm.collect(data)?;
            let sorted = super::builtins::sort_values(vm, items, &[])?;
            let n = sorted.len();
            if n == 0 {
                return stats_error("no median for empty data");
            }
            let i = n / 2;
            match func {
                _ if n % 2 == 1 => Ok(sorted[i].clone()),
                "median_low" => Ok(sorted[i - 1].clone()),
                "median_high" => Ok(sorted[i].clone()),
                _ => {
                    let sum = crate::python::vm::ops::binary(vm, BinOp::Add, sorted[i - 1].clone(), sorted[i].clone(), false)?;
                    crate::python::vm::ops::binary(vm, BinOp::Div, sum, Value::Int(2), false)
                }
            }
        }
        "mode" => {
            let items = vm.collect(data)?;
            let mut counts: Vec<(Value, usize)> = Vec::new();
            for v in items {
                crate::python::object::errors::hashable(v.clone())?;
                match counts.iter_mut().find(|(k, _)| crate::python::object::value::values_equal(k, &v)) {
                    Some(slot) => slot.1 += 1,
                    None => counts.push((v, 1)),
                }
            }
            let best = counts.iter().map(|(_, c)| *c).max();
            match counts.into_iter().find(|(_, c)| Some(*c) == best) {
                Some((v, _)) => Ok(v),
                None => stats_error("no mode for empty data"),
            }
        }
        "fmean" => {
            let items = vm.collect(data)?;
            if items.is_empty() {
                return stats_error("fmean requires at least one data point");
            }
            let sum = vm.call(&Value::Builtin("math.fsum"), vec![Value::list(items.clone())], Vec::new())?;
            Ok(Value::Float(match sum {
                Value::Float(f) => f / items.len() as f64,
                _ => f64::NAN,
            }))
        }
        _ => moments(vm, func, data),
    }
}

fn moments(vm: &mut Vm, func: &str, data: &Value) -> Res<Value> {
    let (xs, all_int, special) = exact(vm, data)?;
    let n = xs.len() + usize::from(special.is_some());
    let needs = if matches!(func, "variance" | "stdev") { 2 } else { 1 };
    if n < needs {
        return match func {
            "mean" => stats_error("mean requires at least one data point"),
            "variance" => stats_error("variance requires at least two data points"),
            "stdev" => stats_error("stdev requires at least two data points"),
            "pvariance" => stats_error("pvariance requires at least one data point"),
            _ => stats_error("pstdev requires at least one data point"),
        };
    }
    if let Some(s) = special {
        return Ok(Value::Float(if func == "mean" { s } else { f64::NAN }));
    }
    if func == "mean" {
        let total = xs.iter().fold(Frac::int(BigInt::zero()), |acc, x| acc.add(x));
        return Ok(convert(&total.div_int(n), all_int));
    }
    let ss = sum_of_squares(&xs);
    let mss = ss.div_int(if matches!(func, "variance" | "stdev") { n - 1 } else { n });
    match func {
        "variance" | "pvariance" => Ok(convert(&mss, all_int)),
        _ => Ok(Value::Float(sqrt_of_frac(&mss))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pstdev_matches_cpython_to_the_bit() {
        let xs: Vec<Frac> = [945394931903604.0, -17108.57718294603, -720469553746438.8].iter().map(|f| Frac::of_float(*f)).collect();
        let mss = sum_of_squares(&xs).div_int(3);
        assert_eq!(sqrt_of_frac(&mss), 682149579532100.2);
    }
}

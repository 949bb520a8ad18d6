//! The `math` module, with CPython 3.11's results and errors ("math domain
//! error", "math range error"); `hypot` and `dist` use CPython's
//! `vector_norm` and `fsum` its exact partial sums, so results match to the bit.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};

use super::natives::kwarg;
use crate::python::object::code::BinOp;
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::value::{Num, Value, int_from_big};
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

/// The module's functions, as `math.name`.
pub const FUNCTIONS: &[&str] = &[
    "math.floor", "math.ceil", "math.trunc", "math.sqrt", "math.isqrt", "math.exp", "math.expm1", "math.log",
    "math.log2", "math.log10", "math.log1p", "math.pow", "math.fabs", "math.copysign", "math.sin", "math.cos",
    "math.tan", "math.asin", "math.acos", "math.atan", "math.atan2", "math.sinh", "math.cosh", "math.tanh",
    "math.degrees", "math.radians", "math.hypot", "math.dist", "math.isclose", "math.isfinite", "math.isinf",
    "math.isnan", "math.gcd", "math.lcm", "math.factorial", "math.comb", "math.perm", "math.prod", "math.fsum",
    "math.fmod", "math.modf", "math.remainder",
];

/// `math.name` for a constant or a function.
pub fn attr(name: &str) -> Option<Value> {
    Some(match name {
        "pi" => Value::Float(std::f64::consts::PI),
        "e" => Value::Float(std::f64::consts::E),
        "tau" => Value::Float(std::f64::consts::TAU),
        "inf" => Value::Float(f64::INFINITY),
        "nan" => Value::Float(f64::NAN),
        _ => return FUNCTIONS.iter().find(|f| f.strip_prefix("math.") == Some(name)).map(|f| Value::Builtin(f)),
    })
}

fn domain() -> Res<Value> {
    Err(exc("ValueError", "math domain error"))
}

/// A real-number argument as a float.
fn real(v: &Value) -> Res<f64> {
    match v.as_number() {
        Some(Num::B(b)) => b.to_f64().filter(|f| f.is_finite()).ok_or_else(|| exc("OverflowError", "int too large to convert to float")),
        Some(n) => Ok(n.to_f64()),
        None => type_error(format!("must be real number, not {}", v.type_name())),
    }
}

/// An integer argument.
fn integer(v: &Value) -> Res<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        Value::Big(b) => Ok((**b).clone()),
        other => type_error(format!("'{}' object cannot be interpreted as an integer", other.type_name())),
    }
}

fn exactly_one<'a>(func: &str, args: &'a [Value]) -> Res<&'a Value> {
    match args {
        [v] => Ok(v),
        _ => type_error(format!("math.{func}() takes exactly one argument ({} given)", args.len())),
    }
}

fn two<'a>(func: &str, args: &'a [Value]) -> Res<(&'a Value, &'a Value)> {
    match args {
        [a, b] => Ok((a, b)),
        _ => type_error(format!("{func} expected 2 arguments, got {}", args.len())),
    }
}

/// A float result, or CPython's errors for a NaN from a non-NaN input
/// (domain) and an infinity from a finite input (range).
fn checked(x: f64, r: f64, can_overflow: bool) -> Res<Value> {
    if r.is_nan() && !x.is_nan() {
        return domain();
    }
    if r.is_infinite() && x.is_finite() {
        return if can_overflow { Err(exc("OverflowError", "math range error")) } else { domain() };
    }
    Ok(Value::Float(r))
}

/// A float that is a whole number, as an int (`floor`, `ceil`, `trunc`).
pub fn float_to_int(f: f64) -> Res<Value> {
    if f.is_nan() {
        return Err(exc("ValueError", "cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(exc("OverflowError", "cannot convert float infinity to integer"));
    }
    if f.abs() < 9.0e18 {
        return Ok(Value::Int(f as i64));
    }
    Ok(int_from_big(BigInt::from_f64(f).unwrap_or_default()))
}

fn rounding(func: &str, v: &Value) -> Res<Value> {
    if matches!(v, Value::Int(_) | Value::Big(_)) {
        return Ok(v.clone());
    }
    if let Value::Bool(b) = v {
        return Ok(Value::Int(*b as i64));
    }
    let x = real(v)?;
    float_to_int(match func {
        "floor" => x.floor(),
        "ceil" => x.ceil(),
        _ => x.trunc(),
    })
}

fn unary(func: &str, x: f64) -> Res<Value> {
    let (r, can_overflow) = match func {
        "sqrt" => (x.sqrt(), false),
        "exp" => (x.exp(), true),
        "expm1" => (x.exp_m1(), true),
        "fabs" => (x.abs(), false),
        "sin" | "cos" | "tan" if x.is_infinite() => return domain(),
        "sin" => (x.sin(), false),
        "cos" => (x.cos(), false),
        "tan" => (x.tan(), false),
        "asin" => (x.asin(), false),
        "acos" => (x.acos(), false),
        "atan" => (x.atan(), false),
        "sinh" => (x.sinh(), true),
        "cosh" => (x.cosh(), true),
        "tanh" => (x.tanh(), false),
        "degrees" => (x * (180.0 / std::f64::consts::PI), true),
        "radians" => (x * (std::f64::consts::PI / 180.0), false),
        "log2" | "log10" | "log1p" => {
            let bad = if func == "log1p" { x <= -1.0 } else { x <= 0.0 };
            if bad {
                return domain();
            }
            (
                match func {
                    "log2" => x.log2(),
                    "log10" => x.log10(),
                    _ => x.ln_1p(),
                },
                false,
            )
        }
        _ => return Err(exc("AttributeError", format!("module 'math' has no attribute '{func}'"))),
    };
    checked(x, r, can_overflow)
}

/// `log(x)` of an int too large for a float, as CPython computes it.
fn big_log(b: &BigInt) -> Res<f64> {
    if !b.is_positive() {
        return Err(exc("ValueError", "math domain error"));
    }
    let bits = b.bits();
    if bits < 1000 {
        return Ok(b.to_f64().unwrap_or(f64::INFINITY).ln());
    }
    let shift = bits - 60;
    let top = (b >> shift).to_f64().unwrap_or(1.0);
    Ok(top.ln() + shift as f64 * std::f64::consts::LN_2)
}

fn ln(v: &Value) -> Res<f64> {
    if let Value::Big(b) = v {
        return big_log(b);
    }
    let x = real(v)?;
    if x <= 0.0 {
        return Err(exc("ValueError", "math domain error"));
    }
    Ok(x.ln())
}

/// Calls `math.func(…)`.
pub fn call(vm: &mut Vm, func: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    match func {
        "floor" | "ceil" | "trunc" => rounding(func, exactly_one(func, &args)?),
        "isfinite" | "isinf" | "isnan" => {
            let x = real(exactly_one(func, &args)?)?;
            Ok(Value::Bool(match func {
                "isfinite" => x.is_finite(),
                "isinf" => x.is_infinite(),
                _ => x.is_nan(),
            }))
        }
        "log" => {
            if args.is_empty() || args.len() > 2 {
                return type_error("math.log requires 1 to 2 arguments");
            }
            let num = ln(&args[0])?;
            match args.get(1) {
                None => Ok(Value::Float(num)),
                Some(base) => {
                    let den = ln(base)?;
                    if den == 0.0 {
                        return Err(exc("ZeroDivisionError", "float division by zero"));
                    }
                    Ok(Value::Float(num / den))
                }
            }
        }
        "pow" | "atan2" | "copysign" | "fmod" | "remainder" => {
            let (a, b) = two(func, &args)?;
            binary_float(func, real(a)?, real(b)?)
        }
        "modf" => {
            let x = real(exactly_one(func, &args)?)?;
            let int = x.trunc();
            let frac = if x.is_infinite() { 0.0f64.copysign(x) } else { x - int };
            Ok(Value::tuple(vec![Value::Float(frac), Value::Float(int)]))
        }
        "hypot" => {
            let xs = args.iter().map(|v| real(v).map(f64::abs)).collect::<Res<Vec<f64>>>()?;
            Ok(Value::Float(norm(xs)))
        }
        "dist" => {
            let (p, q) = two(func, &args)?;
            let (p, q) = (vm.collect(p)?, vm.collect(q)?);
            if p.len() != q.len() {
                return Err(exc("ValueError", "both points must have the same number of dimensions"));
            }
            let xs = p.iter().zip(&q).map(|(a, b)| Ok((real(a)? - real(b)?).abs())).collect::<Res<Vec<f64>>>()?;
            Ok(Value::Float(norm(xs)))
        }
        "isclose" => isclose(&args, &kwargs),
        "gcd" | "lcm" => {
            let mut acc = if func == "gcd" { BigInt::zero() } else { BigInt::one() };
            for v in &args {
                let n = integer(v)?;
                acc = if func == "gcd" { acc.gcd(&n) } else if acc.is_zero() || n.is_zero() { BigInt::zero() } else { acc.lcm(&n) };
            }
            Ok(int_from_big(acc))
        }
        "isqrt" => {
            let n = integer(exactly_one(func, &args)?)?;
            if n.is_negative() {
                return Err(exc("ValueError", "isqrt() argument must be nonnegative"));
            }
            Ok(int_from_big(n.sqrt()))
        }
        "factorial" => {
            let n = integer(exactly_one(func, &args)?)?;
            if n.is_negative() {
                return Err(exc("ValueError", "factorial() not defined for negative values"));
            }
            let n = n.to_u64().ok_or_else(|| exc("OverflowError", "factorial() argument should not exceed 9223372036854775807"))?;
            vm_check_size(vm, n)?;
            Ok(int_from_big((1..=n).fold(BigInt::one(), |acc, k| acc * k)))
        }
        "comb" | "perm" => comb_perm(func, &args),
        "prod" => {
            let [iterable] = args.as_slice() else {
                return type_error(format!("prod() takes exactly 1 positional argument ({} given)", args.len()));
            };
            let mut acc = kwarg(&kwargs, "start").cloned().unwrap_or(Value::Int(1));
            for v in vm.collect(iterable)? {
                acc = crate::python::vm::ops::binary(vm, BinOp::Mul, acc, v, false)?;
            }
            Ok(acc)
        }
        "fsum" => {
            let items = vm.collect(exactly_one(func, &args)?)?;
            let xs = items.iter().map(real).collect::<Res<Vec<f64>>>()?;
            fsum(&xs).map(Value::Float)
        }
        _ => {
            let x = real(exactly_one(func, &args)?)?;
            unary(func, x)
        }
    }
}

fn vm_check_size(vm: &mut Vm, n: u64) -> Res<()> {
    vm.check_memory(usize::try_from(n.saturating_mul(2)).unwrap_or(usize::MAX))
}

fn binary_float(func: &str, a: f64, b: f64) -> Res<Value> {
    let r = match func {
        "pow" => {
            if a == 0.0 && b < 0.0 && b.is_finite() {
                return domain();
            }
            if a < 0.0 && a.is_finite() && b.is_finite() && b.fract() != 0.0 {
                return domain();
            }
            let r = a.powf(b);
            if r.is_infinite() && a.is_finite() && b.is_finite() {
                return Err(exc("OverflowError", "math range error"));
            }
            r
        }
        "atan2" => a.atan2(b),
        "copysign" => a.copysign(b),
        "fmod" => {
            if b == 0.0 || a.is_infinite() {
                return domain();
            }
            a % b
        }
        _ => {
            if b == 0.0 || a.is_infinite() {
                return domain();
            }
            let n = (a / b).round();
            let n = if ((a / b) - (a / b).trunc()).abs() == 0.5 { 2.0 * (a / b / 2.0).round() } else { n };
            a - n * b
        }
    };
    Ok(Value::Float(r))
}

fn isclose(args: &[Value], kwargs: &Kwargs) -> Res<Value> {
    let (a, b) = two("isclose", args)?;
    let (a, b) = (real(a)?, real(b)?);
    let rel = kwarg(kwargs, "rel_tol").map(real).transpose()?.unwrap_or(1e-9);
    let abs = kwarg(kwargs, "abs_tol").map(real).transpose()?.unwrap_or(0.0);
    if rel < 0.0 || abs < 0.0 {
        return Err(exc("ValueError", "tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool((diff <= (rel * b).abs()) || (diff <= (rel * a).abs()) || diff <= abs))
}

fn comb_perm(func: &str, args: &[Value]) -> Res<Value> {
    let n = integer(args.first().ok_or_else(|| exc("TypeError", format!("{func} expected at least 1 argument, got 0")))?)?;
    if args.len() > 2 || (func == "comb" && args.len() != 2) {
        return type_error(format!("{func} expected {} arguments, got {}", if func == "comb" { "2" } else { "at most 2" }, args.len()));
    }
    if n.is_negative() {
        return Err(exc("ValueError", "n must be a non-negative integer"));
    }
    let k = match args.get(1) {
        Some(Value::None) | None => n.clone(),
        Some(v) => integer(v)?,
    };
    if k.is_negative() {
        return Err(exc("ValueError", "k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.to_u64().unwrap_or(0);
    let k = if func == "comb" { k.min((&n - BigInt::from(k)).to_u64().unwrap_or(k)) } else { k };
    let mut acc = BigInt::one();
    for i in 0..k {
        acc *= &n - BigInt::from(i);
        if func == "comb" {
            acc /= BigInt::from(i + 1);
        }
    }
    Ok(int_from_big(acc))
}

/// `(hi, lo)` with `hi + lo == x * y` exactly (Dekker's product).
fn dl_mul(x: f64, y: f64) -> (f64, f64) {
    let split = |v: f64| {
        let t = v * 134217729.0;
        let hi = t - (t - v);
        (hi, v - hi)
    };
    let (xh, xl) = split(x);
    let (yh, yl) = split(y);
    let p = xh * yh;
    let q = xh * yl + xl * yh;
    let z = p + q;
    let zz = p - z + q + xl * yl;
    (z, zz)
}

fn dl_fast_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    let z = x - a;
    (x, b - z)
}

/// CPython 3.11's `vector_norm` over absolute values.
fn norm(xs: Vec<f64>) -> f64 {
    let max = xs.iter().copied().fold(0.0f64, |m, x| if x > m { x } else { m });
    if xs.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if xs.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    if max == 0.0 || xs.len() <= 1 {
        return max;
    }
    let max_e = frexp_exp(max);
    if max_e < -1023 {
        let scaled: Vec<f64> = xs.iter().map(|x| x / f64::MIN_POSITIVE).collect();
        return f64::MIN_POSITIVE * norm(scaled);
    }
    let scale = 2f64.powi(-max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for x in xs {
        let x = x * scale;
        let (hi, lo) = dl_mul(x, x);
        let (s, e) = dl_fast_sum(csum, hi);
        csum = s;
        frac1 += lo;
        frac2 += e;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = dl_mul(-h, h);
    let (s, e) = dl_fast_sum(csum, hi);
    csum = s;
    frac1 += lo;
    frac2 += e;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// The exponent `frexp` gives: `x = m * 2**e` with `0.5 <= m < 1`.
fn frexp_exp(x: f64) -> i32 {
    if x == 0.0 || !x.is_finite() {
        return 0;
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        return frexp_exp(x * 2f64.powi(64)) - 64;
    }
    exp - 1022
}

/// `math.fsum`: Shewchuk's exact partials, rounded once as CPython rounds.
fn fsum(xs: &[f64]) -> Res<f64> {
    let mut partials: Vec<f64> = Vec::new();
    let (mut special, mut inf_sum) = (0.0f64, 0.0f64);
    for &item in xs {
        let mut x = item;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        if !x.is_finite() {
            return Err(exc("OverflowError", "intermediate overflow in fsum"));
        }
        partials.truncate(i);
        partials.push(x);
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(exc("ValueError", "-inf + inf in fsum"));
        }
        return Ok(special);
    }
    let mut n = partials.len();
    let mut hi = 0.0;
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(hi)
}

//! `pow(base, exp[, mod])`: three-argument pow is modular exponentiation on
//! ints (a negative exponent takes the modular inverse), as CPython's
//! `long_pow`; and the argument checks of `divmod`, `hex`, `oct` and `bin`.

use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};

use crate::python::object::code::BinOp;
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::value::{Value, int_from_big};
use crate::python::vm::machine::Vm;

/// `pow(*args)`.
pub fn pow(vm: &mut Vm, args: Vec<Value>) -> Res<Value> {
    super::builtins::arg_count("pow", &args, 2, 3)?;
    let mut args = args.into_iter();
    let (base, exp) = (args.next().unwrap_or(Value::None), args.next().unwrap_or(Value::None));
    match args.next() {
        None | Some(Value::None) => crate::python::vm::ops::binary(vm, BinOp::Pow, base, exp, false),
        Some(modulus) => match (int_of(&base), int_of(&exp), int_of(&modulus)) {
            (Some(b), Some(e), Some(m)) => modular(b, e, m),
            _ => type_error("pow() 3rd argument not allowed unless all arguments are integers"),
        },
    }
}

fn int_of(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::Big(b) => Some((**b).clone()),
        _ => None,
    }
}

/// `base ** exp % m`, the result taking the sign of `m`.
fn modular(base: BigInt, exp: BigInt, m: BigInt) -> Res<Value> {
    if m.is_zero() {
        return Err(exc("ValueError", "pow() 3rd argument cannot be 0"));
    }
    let size = m.abs();
    let mut base = base.mod_floor_pos(&size);
    let mut exp = exp;
    if exp.is_negative() {
        base = inverse(&base, &size).ok_or_else(|| exc("ValueError", "base is not invertible for the given modulus"))?;
        exp = -exp;
    }
    let mut r = base.modpow(&exp, &size);
    if m.is_negative() && !r.is_zero() {
        r -= &size;
    }
    Ok(int_from_big(r))
}

/// The inverse of `a` modulo `m` (both non-negative), if they are coprime.
fn inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let (mut old_r, mut r) = (a.clone(), m.clone());
    let (mut old_s, mut s) = (BigInt::one(), BigInt::zero());
    while !r.is_zero() {
        let q = &old_r / &r;
        let next_r = &old_r - &q * &r;
        old_r = std::mem::replace(&mut r, next_r);
        let next_s = &old_s - &q * &s;
        old_s = std::mem::replace(&mut s, next_s);
    }
    (old_r.is_one() || m.is_one()).then(|| old_s.mod_floor_pos(m))
}

/// Floor modulo into `[0, m)` for a positive `m`.
trait ModFloorPos {
    fn mod_floor_pos(&self, m: &BigInt) -> BigInt;
}

impl ModFloorPos for BigInt {
    fn mod_floor_pos(&self, m: &BigInt) -> BigInt {
        let r = self % m;
        if r.is_negative() { r + m } else { r }
    }
}

/// `hex` / `oct` / `bin` take an int: a built-in value of another type is a
/// TypeError (objects of user classes go on to their `__index__`).
pub fn check_index(v: &Value) -> Res<()> {
    match v {
        Value::Int(_) | Value::Big(_) | Value::Bool(_) | Value::Instance(_) => Ok(()),
        other => type_error(format!("'{}' object cannot be interpreted as an integer", other.type_name())),
    }
}

/// `divmod(a, b)` of two built-in values: numbers only, and a float divisor
/// of zero is CPython's `float divmod()` error.
pub fn check_divmod(a: &Value, b: &Value) -> Res<()> {
    if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
        return Ok(());
    }
    match (a.as_number(), b.as_number()) {
        (Some(x), Some(y)) => {
            let is_float = matches!(x, crate::python::object::value::Num::F(_)) || matches!(y, crate::python::object::value::Num::F(_));
            if is_float && y.to_f64() == 0.0 {
                return Err(exc("ZeroDivisionError", "float divmod()"));
            }
            Ok(())
        }
        _ => type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            a.type_name(),
            b.type_name()
        )),
    }
}

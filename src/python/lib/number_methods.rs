//! The attributes and methods of ints and floats: `real`, `imag`,
//! `numerator`, `denominator`, `bit_length`, `bit_count`, `to_bytes`,
//! `as_integer_ratio`, `conjugate`, `is_integer`.

use num_bigint::{BigInt, Sign};
use num_traits::{One, Signed, Zero};

use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::value::{Num, Value, int_from_big};
use crate::python::vm::library::Kwargs;

/// The methods of an int.
pub const INT_METHODS: &[&str] = &["bit_length", "bit_count", "to_bytes", "as_integer_ratio", "conjugate"];
/// The methods of a float.
pub const FLOAT_METHODS: &[&str] = &["is_integer", "as_integer_ratio", "conjugate"];

/// `x.name` for the data attributes of a number; `None` for other names.
pub fn attr(x: &Value, name: &str) -> Option<Value> {
    let int = |v: &Value| match v {
        Value::Bool(b) => Value::Int(*b as i64),
        other => other.clone(),
    };
    Some(match (x, name) {
        (Value::Float(_), "real") => x.clone(),
        (Value::Float(_), "imag") => Value::Float(0.0),
        (_, "real" | "numerator") => int(x),
        (_, "imag") => Value::Int(0),
        (_, "denominator") => Value::Int(1),
        _ => return None,
    })
}

/// Calls the method `name` of the int or float `x`.
pub fn call(x: &Value, name: &str, args: &[Value], kwargs: &Kwargs) -> Res<Value> {
    let Some(n) = x.as_number() else {
        return type_error(format!("'{}' object has no method '{name}'", x.class_name()));
    };
    let no_args = || match args.is_empty() && kwargs.is_empty() {
        true => Ok(()),
        false => type_error(format!("{}.{name}() takes no arguments ({} given)", x.type_name(), args.len())),
    };
    match (n, name) {
        (Num::F(f), "is_integer") => no_args().map(|_| Value::Bool(f.is_finite() && f.fract() == 0.0)),
        (Num::F(f), "as_integer_ratio") => no_args().and_then(|_| float_ratio(f)),
        (Num::F(f), _) => no_args().map(|_| Value::Float(f)),
        (n, "bit_length") => no_args().map(|_| Value::Int(big(&n).bits() as i64)),
        (n, "bit_count") => {
            no_args()?;
            let ones: u32 = big(&n).magnitude().iter_u64_digits().map(u64::count_ones).sum();
            Ok(Value::Int(i64::from(ones)))
        }
        (n, "as_integer_ratio") => no_args().map(|_| Value::tuple(vec![int_from_big(big(&n)), Value::Int(1)])),
        (n, "to_bytes") => to_bytes(&big(&n), args, kwargs),
        (n, _) => no_args().map(|_| int_from_big(big(&n))),
    }
}

fn big(n: &Num) -> BigInt {
    n.to_big().unwrap_or_default()
}

/// `float.as_integer_ratio()`: the exact fraction in lowest terms.
fn float_ratio(f: f64) -> Res<Value> {
    if f.is_nan() {
        return Err(exc("ValueError", "cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(exc("OverflowError", "cannot convert Infinity to integer ratio"));
    }
    let bits = f.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64;
    let mantissa = bits & ((1 << 52) - 1);
    let (mut m, mut e) = match exponent {
        0 => (mantissa, -1074),
        _ => (mantissa | (1 << 52), exponent - 1075),
    };
    while m != 0 && m % 2 == 0 && e < 0 {
        m /= 2;
        e += 1;
    }
    let mut numerator = BigInt::from(m);
    let mut denominator = BigInt::one();
    if e >= 0 {
        numerator <<= e as usize;
    } else {
        denominator <<= (-e) as usize;
    }
    if f < 0.0 {
        numerator = -numerator;
    }
    Ok(Value::tuple(vec![int_from_big(numerator), int_from_big(denominator)]))
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(n: &BigInt, args: &[Value], kwargs: &Kwargs) -> Res<Value> {
    if args.len() > 2 {
        return type_error(format!("to_bytes() takes at most 2 positional arguments ({} given)", args.len()));
    }
    let arg = |i: usize, name: &str| args.get(i).or_else(|| kwargs.iter().find(|(k, _)| &**k == name).map(|(_, v)| v));
    let length = match arg(0, "length") {
        None => 1,
        Some(Value::Int(l)) if *l >= 0 => *l as usize,
        Some(Value::Int(_)) => return Err(exc("ValueError", "length argument must be non-negative")),
        Some(other) => return type_error(format!("'{}' object cannot be interpreted as an integer", other.class_name())),
    };
    let big_endian = match arg(1, "byteorder") {
        None => true,
        Some(Value::Str(s)) if &**s == "big" => true,
        Some(Value::Str(s)) if &**s == "little" => false,
        Some(_) => return Err(exc("ValueError", "byteorder must be either 'little' or 'big'")),
    };
    let signed = arg(usize::MAX, "signed").is_some_and(Value::truthy);
    if !signed && n.is_negative() {
        return Err(exc("OverflowError", "can't convert negative int to unsigned"));
    }
    let mut bytes = if signed { n.to_signed_bytes_le() } else { n.to_bytes_le().1 };
    if n.is_zero() {
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(exc("OverflowError", "int too big to convert"));
    }
    let fill = if n.sign() == Sign::Minus { 0xff } else { 0 };
    bytes.resize(length, fill);
    if big_endian {
        bytes.reverse();
    }
    Ok(Value::Bytes(std::rc::Rc::new(std::cell::RefCell::new(bytes)), false))
}

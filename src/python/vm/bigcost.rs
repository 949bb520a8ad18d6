//! What huge integer arithmetic costs, in VM steps, so that `10**10**8`
//! meets the --max-steps limit at once instead of multiplying for minutes.
//!
//! num-bigint multiplies n-word numbers in about n^1.6 word operations
//! (Karatsuba/Toom-3); one step stands for about one word operation.
//! Small numbers cost nothing beyond their instruction.

use num_traits::{Signed, ToPrimitive};

use crate::python::object::code::BinOp;
use crate::python::object::value::Value;

/// Below this many words (64 bits each) arithmetic is cheap enough to be one step.
const CHEAP_WORDS: f64 = 256.0;

/// The extra steps `a <op> b` costs when both are ints; 0 when it is cheap.
pub fn cost(op: BinOp, a: &Value, b: &Value) -> u64 {
    let (Some(x), Some(y)) = (bits(a), bits(b)) else {
        return 0;
    };
    let words = |bits: f64| (bits / 64.0).max(1.0);
    let work = match op {
        BinOp::Mul if words(x).min(words(y)) >= CHEAP_WORDS => (words(x) * words(y)).powf(0.8),
        BinOp::Pow if x > 1.0 => {
            let result = words(x * exponent(b));
            if result < CHEAP_WORDS { 0.0 } else { result.powf(1.6) }
        }
        _ => 0.0,
    };
    // `as` saturates: an astronomically large cost is u64::MAX steps.
    work as u64
}

/// Significant bits of an int's magnitude.
fn bits(v: &Value) -> Option<f64> {
    match v {
        Value::Int(i) => Some(f64::from(64 - i.unsigned_abs().leading_zeros())),
        Value::Bool(_) => Some(1.0),
        Value::Big(b) => Some(b.bits() as f64),
        _ => None,
    }
}

/// A non-negative exponent's value (negative ones give a float: cheap).
fn exponent(v: &Value) -> f64 {
    match v {
        Value::Int(i) => (*i).max(0) as f64,
        Value::Big(b) if b.is_negative() => 0.0,
        Value::Big(b) => b.to_f64().unwrap_or(f64::INFINITY),
        _ => 0.0,
    }
}

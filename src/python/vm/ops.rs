//! Operators on values: arithmetic, comparison, containment, indexing.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::python::object::code::{BinOp, CmpOp, UnOp};
use crate::python::object::value::{Num, Value, int_from_big, range_len, values_equal};
use super::machine::Vm;
use crate::python::object::errors::{Res, exc, type_error};

fn unsupported(op: BinOp, a: &Value, b: &Value) -> Res<Value> {
    let is_seq = |v: &Value| matches!(v, Value::Str(_) | Value::List(_) | Value::Tuple(_));
    if op == BinOp::Add && is_seq(a) {
        let t = a.class_name();
        return type_error(format!("can only concatenate {t} (not \"{}\") to {t}", b.class_name()));
    }
    if op == BinOp::Mul && (is_seq(a) || is_seq(b)) {
        let other = if is_seq(a) { b } else { a };
        return type_error(format!("can't multiply sequence by non-int of type '{}'", other.class_name()));
    }
    type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        op.symbol(),
        a.class_name(),
        b.class_name()
    ))
}

fn zero_div(msg: &str) -> Res<Value> {
    Err(exc("ZeroDivisionError", msg))
}

/// Python floor division and modulo on i64 (b != 0).
fn floor_divmod(a: i64, b: i64) -> (i64, i64) {
    let q = a.wrapping_div(b);
    let r = a.wrapping_rem(b);
    if r != 0 && ((r < 0) != (b < 0)) { (q - 1, r + b) } else { (q, r) }
}

fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 && ((m < 0.0) != (b < 0.0)) { m + b } else if m == 0.0 { 0.0f64.copysign(b) } else { m }
}

fn big_floor_divmod(a: &BigInt, b: &BigInt) -> (BigInt, BigInt) {
    let q = a / b;
    let r = a - &q * b;
    if !r.is_zero() && (r.is_negative() != b.is_negative()) { (q - 1, r + b) } else { (q, r) }
}

/// A value of `bytes` is about to be made: MemoryError when it would take
/// the run past `--max-memory`.
fn check_size(vm: &mut Vm, bytes: usize) -> Res<()> {
    vm.check_memory(bytes)
}

fn repeat_count(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::Big(b) => Some(if b.is_negative() { 0 } else { i64::MAX }),
        _ => None,
    }
}

/// The method a library object lists to take part in `op`.
fn native_dunder(op: BinOp) -> Option<&'static str> {
    Some(match op {
        BinOp::Add => "__add__",
        BinOp::Sub => "__sub__",
        BinOp::And => "__and__",
        BinOp::Or => "__or__",
        BinOp::Mul => "__mul__",
        BinOp::Div => "__truediv__",
        BinOp::FloorDiv => "__floordiv__",
        _ => return None,
    })
}

/// `a <op> b` (`a <op>= b` when `inplace`).
pub fn binary(vm: &mut Vm, op: BinOp, a: Value, b: Value, inplace: bool) -> Res<Value> {
    if op == BinOp::Or
        && let Some(u) = crate::python::object::union_type::union(&a, &b)
    {
        return Ok(u);
    }
    if let Value::Native(n) = &a
        && let Some(dunder) = native_dunder(op)
        && n.methods().contains(&dunder)
    {
        return vm.lib.call_method(vm, &a, dunder, vec![b], Vec::new());
    }
    if let Value::Native(n) = &b
        && op == BinOp::Mul
        && n.methods().contains(&"__rmul__")
    {
        return vm.lib.call_method(vm, &b, "__rmul__", vec![a], Vec::new());
    }
    // A namedtuple takes part in arithmetic as the tuple it is.
    let as_tuple = |v: &Value| match v {
        Value::Native(n) => n.backing().filter(|t| matches!(t, Value::Tuple(_))),
        _ => None,
    };
    if let Some(t) = as_tuple(&a) {
        return binary(vm, op, t, b, inplace);
    }
    if let Some(t) = as_tuple(&b) {
        return binary(vm, op, a, t, inplace);
    }
    if let Some(r) = super::flags::binary(vm, op, &a, &b) {
        return r;
    }
    // An IntEnum or StrEnum member (an instance of a class extending str,
    // int or float that does not define the operator) computes as the int
    // or str it also is.
    let (name, rname, iname, _) = super::arith::names(op);
    let own = |v: &Value, names: &[&str]| crate::python::object::scalar::scalar_of(v, names);
    let overridden = |v: &Value, names: &[&str]| matches!(v, Value::Instance(_)) && own(v, names).is_none();
    if !overridden(&a, &[name, iname]) && !overridden(&b, &[rname]) {
        if let Some(x) = own(&a, &[]) {
            return binary(vm, op, x, b, inplace);
        }
        if let Some(y) = own(&b, &[])
            && !(op == BinOp::Mod && matches!(a, Value::Str(_)))
        {
            return binary(vm, op, a, y, inplace);
        }
    }
    // `str % x` formats whatever `x` is, as str's own slot runs first.
    let user = matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_));
    if user && !(op == BinOp::Mod && matches!(a, Value::Str(_))) {
        return super::arith::binary(vm, op, a, b, inplace);
    }
    binary_plain(vm, op, a, b, inplace)
}

/// `x <op> y` on two small ints when the result is a small int too (no
/// overflow, no division by zero): what [`binary`] gives, without its checks
/// for natives, namedtuples and user classes, none of which an int is.
#[inline(always)]
pub fn int_binary(op: BinOp, x: i64, y: i64) -> Option<i64> {
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::FloorDiv if y != 0 && !(x == i64::MIN && y == -1) => Some(floor_divmod(x, y).0),
        BinOp::Mod if y != 0 && !(x == i64::MIN && y == -1) => Some(floor_divmod(x, y).1),
        BinOp::And => Some(x & y),
        BinOp::Or => Some(x | y),
        BinOp::Xor => Some(x ^ y),
        _ => None,
    }
}

/// `x <op> y` on two small ints for the six orderings: what [`compare`]
/// gives (no rich protocol, no set ordering takes part for ints).
#[inline(always)]
pub fn int_compare(op: CmpOp, x: i64, y: i64) -> Option<bool> {
    match op {
        CmpOp::Eq => Some(x == y),
        CmpOp::Ne => Some(x != y),
        CmpOp::Lt => Some(x < y),
        CmpOp::Le => Some(x <= y),
        CmpOp::Gt => Some(x > y),
        CmpOp::Ge => Some(x >= y),
        _ => None,
    }
}

/// `a <op> b` on built-in values.
pub fn binary_plain(vm: &mut Vm, op: BinOp, a: Value, b: Value, inplace: bool) -> Res<Value> {
    if let (Value::Bool(x), Value::Bool(y)) = (&a, &b) {
        match op {
            BinOp::And => return Ok(Value::Bool(*x & *y)),
            BinOp::Or => return Ok(Value::Bool(*x | *y)),
            BinOp::Xor => return Ok(Value::Bool(*x ^ *y)),
            _ => {}
        }
    }
    if let (Value::Int(x), Value::Int(y)) = (&a, &b)
        && let Some(v) = int_binary(op, *x, *y).map(Value::Int)
    {
        return Ok(v);
    }
    match (&a, &b) {
        (Value::Str(x), Value::Str(y)) if op == BinOp::Add => {
            check_size(vm, x.len() + y.len())?;
            let mut s = String::with_capacity(x.len() + y.len());
            s.push_str(x);
            s.push_str(y);
            return Ok(Value::str(&s));
        }
        (Value::Str(s), n) | (n, Value::Str(s)) if op == BinOp::Mul && repeat_count(n).is_some() => {
            let n = repeat_count(n).unwrap_or(0).max(0) as usize;
            check_size(vm, s.len().saturating_mul(n))?;
            return Ok(Value::str(&s.repeat(n)));
        }
        (Value::Str(s), args) if op == BinOp::Mod => {
            return super::format::percent_format(vm, s, args).map(|s| Value::str(&s));
        }
        (Value::List(x), Value::List(y)) if op == BinOp::Add => {
            check_size(vm, (x.borrow().len() + y.borrow().len()).saturating_mul(16))?;
            if inplace {
                let items = y.borrow().clone();
                x.borrow_mut().extend(items);
                return Ok(a.clone());
            }
            let mut v = x.borrow().clone();
            v.extend(y.borrow().iter().cloned());
            return Ok(Value::list(v));
        }
        (Value::List(x), other) if op == BinOp::Add && inplace => {
            let items = vm.collect(other)?;
            check_size(vm, (x.borrow().len() + items.len()).saturating_mul(16))?;
            x.borrow_mut().extend(items);
            return Ok(a.clone());
        }
        (Value::Tuple(x), Value::Tuple(y)) if op == BinOp::Add => {
            check_size(vm, (x.len() + y.len()).saturating_mul(16))?;
            let mut v = x.to_vec();
            v.extend(y.iter().cloned());
            return Ok(Value::tuple(v));
        }
        (Value::List(l), n) | (n, Value::List(l)) if op == BinOp::Mul && repeat_count(n).is_some() => {
            let items = l.borrow();
            let n = if items.is_empty() { 0 } else { repeat_count(n).unwrap_or(0).max(0) as usize };
            check_size(vm, items.len().saturating_mul(n).saturating_mul(16))?;
            let mut v = Vec::with_capacity(items.len() * n);
            for _ in 0..n {
                v.extend(items.iter().cloned());
            }
            return Ok(Value::list(v));
        }
        (Value::Tuple(t), n) | (n, Value::Tuple(t)) if op == BinOp::Mul && repeat_count(n).is_some() => {
            let n = if t.is_empty() { 0 } else { repeat_count(n).unwrap_or(0).max(0) as usize };
            check_size(vm, t.len().saturating_mul(n).saturating_mul(16))?;
            let mut v = Vec::with_capacity(t.len() * n);
            for _ in 0..n {
                v.extend(t.iter().cloned());
            }
            return Ok(Value::tuple(v));
        }
        (Value::Set(x), Value::Set(y)) => {
            use super::set_ops::{SetOp, combine};
            let set_op = match op {
                BinOp::Or => SetOp::Union,
                BinOp::And => SetOp::Intersection,
                BinOp::Sub => SetOp::Difference,
                BinOp::Xor => SetOp::SymmetricDifference,
                _ => return unsupported(op, &a, &b),
            };
            return combine(vm, set_op, x, y);
        }
        (Value::FrozenSet(_) | Value::Bytes(..), _) | (_, Value::FrozenSet(_) | Value::Bytes(..)) => {
            if let Some(result) = super::bytes_sets::binary(op, &a, &b, inplace) {
                return result;
            }
        }
        (Value::Dict(x), Value::Dict(y)) if op == BinOp::Or => {
            let mut m = x.borrow().clone();
            for (k, v) in y.borrow().iter() {
                m.insert(k.clone(), v.clone());
            }
            return Ok(Value::Dict(Rc::new(RefCell::new(m))));
        }
        _ => {}
    }
    let (Some(x), Some(y)) = (a.as_number(), b.as_number()) else {
        return unsupported(op, &a, &b);
    };
    if matches!(x, Num::F(_)) || matches!(y, Num::F(_)) || op == BinOp::Div {
        return float_op(op, &a, &b, x.to_f64(), y.to_f64(), &x, &y);
    }
    let (Some(x), Some(y)) = (x.to_big(), y.to_big()) else {
        return unsupported(op, &a, &b);
    };
    let v = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => {
            check_size(vm, ((x.bits() + y.bits()) / 8) as usize)?;
            x * y
        }
        BinOp::FloorDiv => {
            if y.is_zero() {
                return zero_div("integer division or modulo by zero");
            }
            big_floor_divmod(&x, &y).0
        }
        BinOp::Mod => {
            if y.is_zero() {
                return zero_div("integer modulo by zero");
            }
            big_floor_divmod(&x, &y).1
        }
        BinOp::Pow => {
            if y.is_negative() {
                let (fx, fy) = (x.to_f64().unwrap_or(f64::INFINITY), y.to_f64().unwrap_or(f64::INFINITY));
                if fx == 0.0 {
                    return zero_div("0.0 cannot be raised to a negative power");
                }
                return Ok(Value::Float(fx.powf(fy)));
            }
            if x.is_zero() || x == BigInt::from(1) {
                return Ok(int_from_big(if y.is_zero() { BigInt::from(1) } else { x }));
            }
            if x == BigInt::from(-1) {
                let odd = (&y % 2u32) == BigInt::from(1);
                return Ok(Value::Int(if odd { -1 } else { 1 }));
            }
            let e = y.to_u32().unwrap_or(u32::MAX);
            let bits = x.bits().saturating_mul(e as u64);
            check_size(vm, (bits / 8) as usize)?;
            x.pow(e)
        }
        BinOp::LShift => {
            if y.is_negative() {
                return Err(exc("ValueError", "negative shift count"));
            }
            let s = y.to_usize().unwrap_or(usize::MAX);
            check_size(vm, s / 8)?;
            x << s
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(exc("ValueError", "negative shift count"));
            }
            x >> y.to_usize().unwrap_or(usize::MAX).min(1 << 20)
        }
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::Div | BinOp::MatMul => return unsupported(op, &a, &b),
    };
    Ok(int_from_big(v))
}

fn float_op(op: BinOp, a: &Value, b: &Value, x: f64, y: f64, nx: &Num, ny: &Num) -> Res<Value> {
    let v = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return zero_div(if matches!(nx, Num::F(_)) || matches!(ny, Num::F(_)) {
                    "float division by zero"
                } else {
                    "division by zero"
                });
            }
            if let (Some(bx), Some(by)) = (nx.to_big(), ny.to_big())
                && (x.abs() > 9.0e15 || y.abs() > 9.0e15)
            {
                if by.is_zero() {
                    return zero_div("division by zero");
                }
                return Ok(Value::Float(big_true_div(&bx, &by)?));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return zero_div("float floor division by zero");
            }
            (x / y).floor()
        }
        BinOp::Mod => {
            if y == 0.0 {
                return zero_div("float modulo");
            }
            float_mod(x, y)
        }
        BinOp::Pow => {
            if x == 0.0 && y < 0.0 {
                return zero_div("0.0 cannot be raised to a negative power");
            }
            if x < 0.0 && y.is_finite() && y.fract() != 0.0 {
                return Err(exc("NotImplementedError", "looplab does not support complex numbers yet"));
            }
            x.powf(y)
        }
        _ => return unsupported(op, a, b),
    };
    if v.is_infinite() && x.is_finite() && y.is_finite() && op == BinOp::Pow {
        return Err(exc("OverflowError", "(34, 'Numerical result out of range')"));
    }
    Ok(Value::Float(v))
}

fn big_true_div(x: &BigInt, y: &BigInt) -> Res<f64> {
    if x.is_zero() {
        return Ok(if y.is_negative() { -0.0 } else { 0.0 });
    }
    let negative = x.is_negative() != y.is_negative();
    let (ax, ay) = (x.abs(), y.abs());
    let k: i64 = 64 + ay.bits() as i64 - ax.bits() as i64;
    let q: BigInt = if k >= 0 { (&ax << k as usize) / &ay } else { &ax / (&ay << (-k) as usize) };
    let mut f = q.to_f64().unwrap_or(f64::INFINITY);
    let mut e = -k;
    while e > 0 {
        let step = e.min(1000);
        f *= 2f64.powi(step as i32);
        e -= step;
    }
    while e < 0 {
        let step = (-e).min(1000);
        f /= 2f64.powi(step as i32);
        e += step;
    }
    if f.is_infinite() {
        return Err(exc("OverflowError", "integer division result too large for a float"));
    }
    Ok(if negative { -f } else { f })
}

/// Unary `-`, `+`, `~`.
pub fn unary(op: UnOp, a: &Value) -> Res<Value> {
    let sym = match op {
        UnOp::Neg => "-",
        UnOp::Pos => "+",
        UnOp::Invert => "~",
        UnOp::Not => return Ok(Value::Bool(!a.truthy())),
    };
    match (op, a.as_number()) {
        (UnOp::Neg, Some(Num::I(i))) => Ok(i.checked_neg().map(Value::Int).unwrap_or_else(|| int_from_big(-BigInt::from(i)))),
        (UnOp::Neg, Some(Num::B(b))) => Ok(int_from_big(-(*b).clone())),
        (UnOp::Neg, Some(Num::F(f))) => Ok(Value::Float(-f)),
        (UnOp::Pos, Some(Num::I(i))) => Ok(Value::Int(i)),
        (UnOp::Pos, Some(Num::B(b))) => Ok(Value::Big(b)),
        (UnOp::Pos, Some(Num::F(f))) => Ok(Value::Float(f)),
        (UnOp::Invert, Some(Num::I(i))) => Ok(Value::Int(!i)),
        (UnOp::Invert, Some(Num::B(b))) => Ok(int_from_big(-(*b).clone() - 1)),
        _ => type_error(format!("bad operand type for unary {sym}: '{}'", a.class_name())),
    }
}

/// Orders two values for `<` and friends (and sorting).
pub fn order(a: &Value, b: &Value, sym: &str) -> Res<std::cmp::Ordering> {
    use std::cmp::Ordering;
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Ok(x.cmp(y)),
        (Value::List(x), Value::List(y)) => seq_order(&x.borrow(), &y.borrow(), sym),
        (Value::Tuple(x), Value::Tuple(y)) => seq_order(x, y, sym),
        (Value::Native(n), _) if n.backing().is_some() && !matches!(b, Value::Native(_)) => {
            order(&n.backing().unwrap_or(Value::None), b, sym)
        }
        (_, Value::Native(n)) if n.backing().is_some() && !matches!(a, Value::Native(_)) => {
            order(a, &n.backing().unwrap_or(Value::None), sym)
        }
        (Value::Native(x), Value::Native(y)) if x.backing().is_some() && y.backing().is_some() => {
            order(&x.backing().unwrap_or(Value::None), &y.backing().unwrap_or(Value::None), sym)
        }
        _ => match (a.as_number(), b.as_number()) {
            (Some(x), Some(y)) => Ok(x.cmp_num(&y).unwrap_or(Ordering::Equal)),
            _ => Err(exc(
                "TypeError",
                format!(
                    "'{sym}' not supported between instances of '{}' and '{}'",
                    a.class_name(),
                    b.class_name()
                ),
            )),
        },
    }
}

fn seq_order(x: &[Value], y: &[Value], sym: &str) -> Res<std::cmp::Ordering> {
    for (p, q) in x.iter().zip(y.iter()) {
        if !values_equal(p, q) {
            return order(p, q, sym);
        }
    }
    Ok(x.len().cmp(&y.len()))
}

fn is_nan_pair(a: &Value, b: &Value) -> bool {
    matches!(a, Value::Float(f) if f.is_nan()) || matches!(b, Value::Float(f) if f.is_nan())
}

/// Whether `a <op> b` may run user code: an instance, or a container that
/// may hold one, takes part in a rich comparison.
fn rich_protocol(op: CmpOp, a: &Value, b: &Value) -> bool {
    let may = |v: &Value| matches!(v, Value::Instance(_) | Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Set(_));
    !matches!(op, CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn) && (may(a) || may(b))
}

/// `a <op> b` for comparisons.
pub fn compare(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> Res<bool> {
    if rich_protocol(op, a, b) {
        return super::compare::compare_bool(vm, op, a, b);
    }
    compare_plain(vm, op, a, b)
}

/// `a <op> b` where no user code takes part (the protocol's last step).
pub fn compare_plain(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> Res<bool> {
    use std::cmp::Ordering::*;
    if let Some(result) = super::bytes_sets::compare(op, a, b) {
        return Ok(result);
    }
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Ok(match op {
            CmpOp::Eq | CmpOp::Is => x == y,
            CmpOp::Ne | CmpOp::IsNot => x != y,
            CmpOp::Lt => x < y,
            CmpOp::Le => x <= y,
            CmpOp::Gt => x > y,
            CmpOp::Ge => x >= y,
            CmpOp::In | CmpOp::NotIn => return contains(vm, b, a).map(|c| c == (op == CmpOp::In)),
        });
    }
    Ok(match op {
        CmpOp::Eq => values_equal(a, b),
        CmpOp::Ne => !values_equal(a, b),
        CmpOp::Is => identical(a, b),
        CmpOp::IsNot => !identical(a, b),
        CmpOp::In => contains(vm, b, a)?,
        CmpOp::NotIn => !contains(vm, b, a)?,
        CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge if is_nan_pair(a, b) => false,
        CmpOp::Lt => order(a, b, "<")? == Less,
        CmpOp::Le => order(a, b, "<=")? != Greater,
        CmpOp::Gt => order(a, b, ">")? == Greater,
        CmpOp::Ge => order(a, b, ">=")? != Less,
    })
}

fn identical(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::None, Value::None) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y && (-5..=256).contains(x),
        (Value::Str(x), Value::Str(y)) => Rc::ptr_eq(x, y) || (x == y && x.len() <= 1),
        (Value::List(x), Value::List(y)) => Rc::ptr_eq(x, y),
        (Value::Dict(x), Value::Dict(y)) => Rc::ptr_eq(x, y),
        (Value::Set(x), Value::Set(y)) => Rc::ptr_eq(x, y),
        (Value::FrozenSet(x), Value::FrozenSet(y)) => Rc::ptr_eq(x, y),
        (Value::Bytes(x, _), Value::Bytes(y, _)) => Rc::ptr_eq(x, y),
        (Value::Tuple(x), Value::Tuple(y)) => Rc::ptr_eq(x, y) || (x.is_empty() && y.is_empty()),
        (Value::Float(_), Value::Float(_)) => false,
        _ => values_equal(a, b) && !matches!(a, Value::Int(_) | Value::Big(_) | Value::Float(_)),
    }
}

/// `item in container`.
pub fn contains(vm: &mut Vm, container: &Value, item: &Value) -> Res<bool> {
    // A str (int, bytes) subclass's instance looked for in a str (range, bytes): its value.
    if matches!(container, Value::Str(_) | Value::Bytes(..) | Value::Range(_))
        && let Some(x) = crate::python::object::scalar::scalar_of(item, &[])
    {
        return contains(vm, container, &x);
    }
    if let Some(result) = super::bytes_sets::contains(container, item) {
        return result;
    }
    match container {
        Value::Str(s) => match item {
            Value::Str(sub) => Ok(s.contains(&**sub)),
            other => type_error(format!("'in <string>' requires string as left operand, not {}", other.class_name())),
        },
        Value::List(l) => {
            let found = plain_contains(&l.borrow(), item);
            match found {
                Some(found) => Ok(found),
                None => super::protocols::sequence_contains(vm, container, item),
            }
        }
        Value::Tuple(t) => match plain_contains(t, item) {
            Some(found) => Ok(found),
            None => super::protocols::sequence_contains(vm, container, item),
        },
        Value::Dict(d) => Ok(super::keys::dict_get(vm, d, item)?.is_some()),
        Value::Set(s) => super::keys::set_contains(vm, s, item),
        Value::Instance(_) => super::protocols::instance_contains(vm, container, item),
        Value::Class(c) if crate::python::object::enums::is_enum(c) => super::enums::contains(c, item),
        Value::Range(r) => Ok(match item.as_number() {
            Some(Num::I(i)) => {
                let (start, stop, step) = (&r.0, &r.1, &r.2);
                let in_bounds = if *step > 0 { i >= *start && i < *stop } else { i <= *start && i > *stop };
                in_bounds && (i as i128 - *start as i128) % (*step as i128) == 0
            }
            _ => false,
        }),
        Value::View(view) if view.0 == crate::python::object::value::DictView::Keys => {
            Ok(super::keys::dict_get(vm, &view.1, item)?.is_some())
        }
        Value::View(view) => {
            let items = Value::list(crate::python::object::value::view_items(view.0, &view.1));
            contains(vm, &items, item)
        }
        Value::Iter(_) | Value::Gen(_) => {
            while let Some(x) = super::iter::next(vm, container)? {
                if super::compare::equal(vm, &x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Native(n) if n.backing().is_some() => contains(vm, &n.backing().unwrap_or(Value::None), item),
        Value::Native(n) if n.methods().contains(&"__next__") => {
            // Stops at the first match: the iterator may be endless (count()).
            while let Some(v) = super::iter::next(vm, container)? {
                if values_equal(&v, item) {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        other => type_error(format!("argument of type '{}' is not iterable", other.class_name())),
    }
}

/// `item in items` when no user `__eq__` can take part; `None` when one may
/// (an instance, or a container that may hold one, is compared).
fn plain_contains(items: &[Value], item: &Value) -> Option<bool> {
    let mut user = may_run_eq(item);
    for v in items {
        if values_equal(v, item) {
            return Some(true);
        }
        user |= may_run_eq(v);
    }
    if user { None } else { Some(false) }
}

/// Whether comparing with `v` for `in` may run a user `__eq__`.
fn may_run_eq(v: &Value) -> bool {
    matches!(v, Value::Instance(_) | Value::List(_) | Value::Tuple(_) | Value::Dict(_))
}

/// Resolves a (possibly negative) index against `len`.
fn index_of(index: &Value, len: usize, what: &str) -> Res<usize> {
    let i = match index {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::Big(_) => -1 - len as i64 - 1,
        other => {
            if what == "str" {
                return type_error(format!("string indices must be integers, not '{}'", other.class_name()));
            }
            return type_error(format!("{what} indices must be integers or slices, not {}", other.class_name()));
        }
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        let name = if what == "str" { "string" } else { what };
        return Err(exc("IndexError", format!("{name} index out of range")));
    }
    Ok(j as usize)
}

fn slice_arg(v: &Value) -> Res<Option<i64>> {
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        Value::Big(b) => Ok(Some(if b.is_negative() { i64::MIN / 2 } else { i64::MAX / 2 })),
        _ => type_error("slice indices must be integers or None or have an __index__ method"),
    }
}

/// The indices a slice selects from a sequence of `len` items.
pub fn slice_indices(s: &(Value, Value, Value), len: usize) -> Res<Vec<usize>> {
    let len = len as i64;
    let step = slice_arg(&s.2)?.unwrap_or(1);
    if step == 0 {
        return Err(exc("ValueError", "slice step cannot be zero"));
    }
    let clamp = |v: Option<i64>, default: i64, lo: i64, hi: i64| -> i64 {
        match v {
            None => default,
            Some(i) => {
                let i = if i < 0 { i.saturating_add(len) } else { i };
                i.clamp(lo, hi)
            }
        }
    };
    let mut out = Vec::new();
    if step > 0 {
        let start = clamp(slice_arg(&s.0)?, 0, 0, len);
        let stop = clamp(slice_arg(&s.1)?, len, 0, len);
        let mut i = start;
        while i < stop {
            out.push(i as usize);
            i = i.saturating_add(step);
        }
    } else {
        let start = clamp(slice_arg(&s.0)?, len - 1, -1, len - 1);
        let stop = clamp(slice_arg(&s.1)?, -1, -1, len - 1);
        let mut i = start;
        while i > stop {
            out.push(i as usize);
            i = i.saturating_add(step);
        }
    }
    Ok(out)
}

/// `obj[index]` on built-in sequences (dicts and instances go through
/// [`super::protocols::get_item`], which may run user code).
pub fn get_item(obj: &Value, index: &Value) -> Res<Value> {
    if let Some(result) = super::bytes_sets::get_item(obj, index) {
        return result;
    }
    match (obj, index) {
        (Value::List(l), Value::Slice(s)) => {
            let l = l.borrow();
            Ok(Value::list(slice_indices(s, l.len())?.into_iter().map(|i| l[i].clone()).collect()))
        }
        (Value::List(l), _) => {
            let l = l.borrow();
            Ok(l[index_of(index, l.len(), "list")?].clone())
        }
        (Value::Tuple(t), Value::Slice(s)) => {
            Ok(Value::tuple(slice_indices(s, t.len())?.into_iter().map(|i| t[i].clone()).collect()))
        }
        (Value::Tuple(t), _) => Ok(t[index_of(index, t.len(), "tuple")?].clone()),
        (Value::Str(st), _) => {
            if st.is_ascii() {
                let bytes = st.as_bytes();
                return match index {
                    Value::Slice(s) => {
                        let out: String =
                            slice_indices(s, bytes.len())?.into_iter().map(|i| bytes[i] as char).collect();
                        Ok(Value::str(&out))
                    }
                    _ => {
                        let i = index_of(index, bytes.len(), "str")?;
                        Ok(Value::str(&st[i..i + 1]))
                    }
                };
            }
            let chars: Vec<char> = st.chars().collect();
            match index {
                Value::Slice(s) => {
                    let out: String = slice_indices(s, chars.len())?.into_iter().map(|i| chars[i]).collect();
                    Ok(Value::str(&out))
                }
                _ => Ok(Value::str(&chars[index_of(index, chars.len(), "str")?].to_string())),
            }
        }
        (Value::Range(r), Value::Int(_)) => {
            let (start, stop, step) = (&r.0, &r.1, &r.2);
            let n = range_len(*start, *stop, *step) as usize;
            let i = index_of(index, n, "range object")?;
            Ok(Value::Int((*start as i128 + *step as i128 * i as i128) as i64))
        }
        (Value::Range(r), Value::Slice(s)) => {
            let (start, stop, step) = (&r.0, &r.1, &r.2);
            let n = range_len(*start, *stop, *step) as usize;
            let items: Vec<Value> =
                slice_indices(s, n)?.into_iter().map(|i| Value::Int(start + step * i as i64)).collect();
            Ok(Value::list(items))
        }
        (Value::Type(t), _) => Ok(crate::python::object::generic_alias::subscript(t, index).unwrap_or_else(|| obj.clone())),
        // The library's generic classes (`asyncio.Queue[Job]` in an
        // annotation) subscript to themselves, as the built-in types do.
        (Value::Builtin(name), _) if GENERIC_LIBRARY_CLASSES.contains(name) => Ok(obj.clone()),
        (Value::Native(n), _) if n.backing().is_some() => get_item(&n.backing().unwrap_or(Value::None), index),
        _ => type_error(format!("'{}' object is not subscriptable", obj.class_name())),
    }
}

/// The library's classes that CPython makes generic with `__class_getitem__`.
const GENERIC_LIBRARY_CLASSES: &[&str] = &[
    "asyncio.Queue", "asyncio.PriorityQueue", "asyncio.LifoQueue", "collections.deque", "collections.defaultdict",
    "collections.OrderedDict", "collections.Counter", "collections.ChainMap",
];

/// `obj[index] = value` on a list (see [`super::protocols::set_item`]).
pub fn set_item(obj: &Value, index: Value, value: Value) -> Res<()> {
    if let Some(result) = super::bytes_sets::set_item(obj, &index, &value) {
        return result;
    }
    match obj {
        Value::List(l) => {
            if let Value::Slice(s) = &index {
                let new_items = match &value {
                    Value::List(v) => v.borrow().clone(),
                    Value::Tuple(t) => t.to_vec(),
                    _ => return type_error("can only assign an iterable"),
                };
                let mut l = l.borrow_mut();
                let idx = slice_indices(s, l.len())?;
                let step = slice_arg(&s.2)?.unwrap_or(1);
                if step == 1 {
                    let start = idx.first().copied().unwrap_or_else(|| {
                        let st = slice_arg(&s.0).ok().flatten().unwrap_or(0);
                        let n = l.len() as i64;
                        (if st < 0 { st + n } else { st }).clamp(0, n) as usize
                    });
                    let end = start + idx.len();
                    l.splice(start..end, new_items);
                } else {
                    if idx.len() != new_items.len() {
                        return Err(exc(
                            "ValueError",
                            format!(
                                "attempt to assign sequence of size {} to extended slice of size {}",
                                new_items.len(),
                                idx.len()
                            ),
                        ));
                    }
                    for (i, v) in idx.into_iter().zip(new_items) {
                        l[i] = v;
                    }
                }
                return Ok(());
            }
            let mut l = l.borrow_mut();
            let n = l.len();
            let i = index_of(&index, n, "list").map_err(|e| {
                if e.kind == "IndexError" { exc("IndexError", "list assignment index out of range") } else { e }
            })?;
            l[i] = value;
            Ok(())
        }
        Value::Native(n) if matches!(n.backing(), Some(Value::List(_) | Value::Dict(_))) => {
            set_item(&n.backing().unwrap_or(Value::None), index, value)
        }
        _ => type_error(format!("'{}' object does not support item assignment", obj.class_name())),
    }
}

/// `del obj[index]` on a list (see [`super::protocols::del_item`]).
pub fn del_item(obj: &Value, index: &Value) -> Res<()> {
    match obj {
        Value::List(l) => {
            let mut l = l.borrow_mut();
            if let Value::Slice(s) = index {
                let mut idx = slice_indices(s, l.len())?;
                crate::sort::sort(&mut idx);
                for i in idx.into_iter().rev() {
                    l.remove(i);
                }
                return Ok(());
            }
            let n = l.len();
            let i = index_of(index, n, "list").map_err(|e| {
                if e.kind == "IndexError" { exc("IndexError", "list assignment index out of range") } else { e }
            })?;
            l.remove(i);
            Ok(())
        }
        Value::Native(n) if matches!(n.backing(), Some(Value::List(_) | Value::Dict(_))) => {
            del_item(&n.backing().unwrap_or(Value::None), index)
        }
        _ => type_error(format!("'{}' object doesn't support item deletion", obj.class_name())),
    }
}

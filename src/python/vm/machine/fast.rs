//! Moving values that own nothing (None, a bool, an int, a float) without
//! the calls that clone or drop any value: what most instructions of a loop
//! or a recursion copy and store.

use crate::python::object::value::Value;

/// A copy of `v`; one that owns nothing is copied without the clone call.
#[inline(always)]
pub(super) fn clone_value(v: &Value) -> Value {
    match v {
        Value::None => Value::None,
        Value::Bool(b) => Value::Bool(*b),
        Value::Int(i) => Value::Int(*i),
        other => other.clone(),
    }
}

/// Puts `v` in a variable's slot, dropping what was there; what owns
/// nothing (or an empty slot) is overwritten without the drop call.
#[inline(always)]
pub(super) fn store(slot: &mut Option<Value>, v: Value) {
    match slot {
        None | Some(Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_)) => std::mem::forget(slot.replace(v)),
        Some(_) => *slot = Some(v),
    }
}

/// `str(i)` of an int, its digits written from the last, in place: not
/// through `write!`, whose formatting machinery costs ten times as much
/// for a number (f-strings in loops format many).
pub(super) fn int_str(i: i64) -> std::rc::Rc<str> {
    // The longest i64 is 20 characters: -9223372036854775808.
    let mut buf = [0u8; 20];
    let mut at = buf.len();
    let mut n = i.unsigned_abs();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        at -= 1;
        buf[at] = b'-';
    }
    std::rc::Rc::from(std::str::from_utf8(&buf[at..]).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::int_str;

    #[test]
    fn an_int_is_written_as_python_writes_it() {
        for i in [0, 7, -7, 10, -10, 1234567890, i64::MAX, i64::MIN, i64::MIN + 1] {
            assert_eq!(&*int_str(i), i.to_string());
        }
    }
}

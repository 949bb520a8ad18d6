//! What enum.py's `Flag` and `IntFlag` do with their members: `|`, `&`,
//! `^` and `~` make (and cache) composite members named `R|W`, `in` tests
//! bits, iteration and `len` walk the single-bit members a value holds.
//! `Flag` refuses bits no member has (its STRICT boundary); `IntFlag` keeps
//! them (KEEP), shown as a number in the name (`<Perm.X|8: 9>`).

use std::rc::Rc;

use crate::python::object::classes::{ClassObj, Instance};
use crate::python::object::code::{BinOp, UnOp};
use crate::python::object::enums::{as_member, is_flag, member_type, members};
use crate::python::object::errors::{ExcObj, Res, type_error};
use crate::python::object::traceback::TbEntry;
use crate::python::object::value::{Key, Value};
use super::machine::Vm;

/// An int class attribute enum.py keeps on a flag class (`_flag_mask_`…).
fn mask(class: &ClassObj, name: &str) -> i64 {
    match class.lookup(name) {
        Some(Value::Int(i)) => i,
        _ => 0,
    }
}

/// The flag member `v` is (with its class and int value), if it is one.
fn flag_member(v: &Value) -> Option<(&Rc<Instance>, i64)> {
    let inst = as_member(v)?;
    if !is_flag(&inst.class) {
        return None;
    }
    match inst.get("_value_") {
        Some(Value::Int(i)) => Some((inst, i)),
        _ => None,
    }
}

/// enum.py's `bin(num, max_bits)`: `0b0 0111`.
fn enum_bin(num: i64, max_bits: usize) -> String {
    let digits = format!("{num:b}");
    let digits = if digits.len() < max_bits { format!("{}{digits}", "0".repeat(max_bits - digits.len())) } else { digits };
    format!("0b0 {digits}")
}

/// enum.py's frames from `Perm(value)` down to `_missing_` raising at `line`.
fn missing_frames(line: u32) -> Vec<TbEntry> {
    let mut call = TbEntry::library("enum.py", 712, "__call__", "return cls.__new__(cls, value)", Some((7, 30)));
    call.span.anchor = None;
    vec![
        TbEntry::library("enum.py", line, "_missing_", "raise ValueError(", None),
        TbEntry::library("enum.py", 1120, "__new__", "result = cls._missing_(value)", Some((9, 29))),
        TbEntry::library("enum.py", 1143, "__new__", "raise exc", None),
        call,
    ]
}

/// A ValueError raised in enum.py's `Flag._missing_` at `line`.
fn value_error(message: String, line: u32) -> Rc<ExcObj> {
    let e = ExcObj::msg("ValueError", message);
    e.traceback.borrow_mut().extend(missing_frames(line));
    e
}

/// `Perm(value)` for a value that is no member: the composite member with
/// those bits, made once and kept in `_value2member_map_`.
pub fn composite(vm: &mut Vm, class: &Rc<ClassObj>, value: &Value) -> Res<Value> {
    let Value::Int(mut value) = *value else {
        let shown = super::instances::display(vm, value, true)?;
        return Err(value_error(format!("{shown} is not a valid {}", class.qualname), 1383));
    };
    let (flag_mask, all_bits) = (mask(class, "_flag_mask_"), mask(class, "_all_bits_"));
    let keep = member_type(class).is_some();
    if !(!all_bits <= value && value <= all_bits) || value & (all_bits ^ flag_mask) != 0 {
        if !keep {
            let bits = (64 - value.leading_zeros()).max(64 - flag_mask.leading_zeros()) as usize;
            return Err(value_error(
                format!(
                    "<flag '{}'> invalid value {value}\n    given {}\n  allowed {}",
                    class.name,
                    enum_bin(value, bits),
                    enum_bin(flag_mask, bits)
                ),
                1400,
            ));
        }
        if value < 0 {
            let len = 64 - value.unsigned_abs().leading_zeros();
            value += (all_bits + 1).max(1i64 << len);
        }
    }
    if value < 0 {
        value += all_bits + 1;
    }
    if let Some(found) = cached(class, value) {
        return Ok(found);
    }
    let mut names = Vec::new();
    let mut combined = 0;
    for m in members(class).unwrap_or_default() {
        if let Some((inst, v)) = flag_member(&m)
            && v.count_ones() == 1
            && value & v == v
        {
            names.push(inst.get("_name_").unwrap_or(Value::None).to_str());
            combined |= v;
        }
    }
    let unknown = value ^ combined;
    let name = match (combined, unknown) {
        (0, _) => Value::None,
        (_, 0) => Value::str(&names.join("|")),
        (_, u) => Value::str(&format!("{}|{u}", names.join("|"))),
    };
    let inst = Rc::new(Instance::new(class.clone()));
    inst.set("_value_", Value::Int(value));
    inst.set("_name_", name);
    let member = Value::Instance(inst);
    if let Some(Value::Dict(map)) = class.lookup("_value2member_map_") {
        map.borrow_mut().insert(Key(Value::Int(value)), member.clone());
    }
    Ok(member)
}

/// The member (or composite) already made for `value`.
fn cached(class: &ClassObj, value: i64) -> Option<Value> {
    match class.lookup("_value2member_map_") {
        Some(Value::Dict(map)) => map.borrow().get(&Key(Value::Int(value))).cloned(),
        _ => None,
    }
}

/// `a | b`, `a & b`, `a ^ b` where a flag member takes part: `None` when
/// neither operand is one or the operator is another.
pub fn binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> Option<Res<Value>> {
    if !matches!(op, BinOp::Or | BinOp::And | BinOp::Xor) {
        return None;
    }
    let (class, x, y) = match (flag_member(a), flag_member(b)) {
        (Some((m, x)), Some((n, y))) if Rc::ptr_eq(&m.class, &n.class) => (m.class.clone(), x, y),
        (Some((m, x)), None) if member_type(&m.class).is_some() && let Value::Int(y) = b => (m.class.clone(), x, *y),
        (None, Some((n, y))) if member_type(&n.class).is_some() && let Value::Int(x) = a => (n.class.clone(), *x, y),
        (None, None) => return None,
        _ => {
            let (l, r) = (super::dunder::type_name(a), super::dunder::type_name(b));
            return Some(type_error(format!("unsupported operand type(s) for {}: '{l}' and '{r}'", op.symbol())));
        }
    };
    let value = match op {
        BinOp::Or => x | y,
        BinOp::And => x & y,
        _ => x ^ y,
    };
    Some(composite(vm, &class, &Value::Int(value)))
}

/// `~member`: the other single-bit members (Flag), or the int's inverse
/// kept within the class's bits (IntFlag).
pub fn unary(vm: &mut Vm, op: UnOp, a: &Value) -> Option<Res<Value>> {
    let (inst, value) = flag_member(a).filter(|_| op == UnOp::Invert)?;
    // enum.py keeps the inverse on the member as `_inverted_`.
    if let Some(known) = inst.get("_inverted_") {
        return Some(Ok(known));
    }
    let class = inst.class.clone();
    let inverted = if member_type(&class).is_some() { !value } else { mask(&class, "_singles_mask_") & !value };
    let result = composite(vm, &class, &Value::Int(inverted));
    if let Ok(v) = &result {
        inst.set("_inverted_", v.clone());
    }
    Some(result)
}

/// `item in flag`: whether `item`'s bits are all in `flag`.
pub fn contains(container: &Value, item: &Value) -> Option<Res<bool>> {
    let (inst, value) = flag_member(container)?;
    Some(match flag_member(item) {
        Some((other, bits)) if Rc::ptr_eq(&other.class, &inst.class) => Ok(bits & value == bits),
        _ => {
            let e = ExcObj::msg(
                "TypeError",
                format!("unsupported operand type(s) for 'in': '{}' and '{}'", super::dunder::type_name(item), inst.class.qualname),
            );
            e.traceback.borrow_mut().push(TbEntry::library("enum.py", 1473, "__contains__", "raise TypeError(", None));
            Err(e)
        }
    })
}

/// The single-bit members a flag member holds, in definition order.
pub fn parts(v: &Value) -> Option<Vec<Value>> {
    let (inst, value) = flag_member(v)?;
    let all = members(&inst.class).unwrap_or_default();
    Some(all.into_iter().filter(|m| flag_member(m).is_some_and(|(_, b)| b.count_ones() == 1 && value & b == b)).collect())
}

/// `len(flag)`: how many bits are set.
pub fn len(v: &Value) -> Option<i64> {
    flag_member(v).map(|(_, value)| value.count_ones() as i64)
}

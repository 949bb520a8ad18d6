//! `id(obj)`: an integer that is distinct for each live object and stable
//! while it lives. Heap objects are numbered by their allocation; ints,
//! floats, None and bools by their value (CPython caches small ints and the
//! singletons, so equal ones are the same object there too).

use std::rc::Rc;

use crate::python::object::errors::Res;
use crate::python::object::value::Value;

/// Where CPython's heap addresses typically start; immediate values are
/// numbered above it so they never collide with a real allocation.
const IMMEDIATE_BASE: i64 = 0x7f00_0000_0000;

/// `id(*args)`.
pub fn id(args: &[Value]) -> Res<Value> {
    super::builtins::arg_count("id", args, 1, 1)?;
    Ok(Value::Int(identity(&args[0])))
}

fn identity(v: &Value) -> i64 {
    let address = match v {
        Value::None => return IMMEDIATE_BASE + 0x10,
        Value::Bool(b) => return IMMEDIATE_BASE + 0x20 + 0x10 * *b as i64,
        Value::Int(i) => return IMMEDIATE_BASE + 0x1000 + i.wrapping_mul(0x20) % 0x1000_0000,
        Value::Float(f) => return IMMEDIATE_BASE + 0x2000_0000 + (f.to_bits() as i64 & 0x0fff_ffff) * 0x20,
        Value::Str(s) => Rc::as_ptr(s) as *const u8 as usize,
        Value::Big(b) => Rc::as_ptr(b) as usize,
        Value::List(l) => Rc::as_ptr(l) as usize,
        Value::Tuple(t) => Rc::as_ptr(t) as usize,
        Value::Dict(d) => Rc::as_ptr(d) as usize,
        Value::Set(s) => Rc::as_ptr(s) as usize,
        Value::FrozenSet(s) => Rc::as_ptr(s) as usize,
        Value::Bytes(b, _) => Rc::as_ptr(b) as usize,
        Value::Range(r) => Rc::as_ptr(r) as usize,
        Value::Slice(s) => Rc::as_ptr(s) as usize,
        Value::Function(f) => Rc::as_ptr(f) as usize,
        Value::Builtin(name) | Value::Type(name) | Value::Module(name) => name.as_ptr() as usize,
        Value::Method(m) => Rc::as_ptr(m) as usize,
        Value::Iter(i) => Rc::as_ptr(i) as usize,
        Value::Exc(e) => Rc::as_ptr(e) as usize,
        Value::Class(c) => Rc::as_ptr(c) as usize,
        Value::Instance(i) => Rc::as_ptr(i) as usize,
        Value::Bound(b) => Rc::as_ptr(b) as usize,
        Value::Super(s) => Rc::as_ptr(s) as usize,
        Value::View(v) => Rc::as_ptr(v) as usize,
        Value::Gen(g) => Rc::as_ptr(g) as usize,
        Value::Native(n) => Rc::as_ptr(n) as *const u8 as usize,
        Value::Handle(kind, r) => *kind as *const _ as usize + r.id as usize * 0x40,
        // Values with no allocation of their own to number are singletons.
        other => other.type_name().as_ptr() as usize,
    };
    address as i64
}

//! The VM's instructions for star-unpacking in displays and calls, with
//! CPython's errors for what cannot be unpacked.

use std::cell::RefCell;
use std::rc::Rc;

use super::Vm;
use crate::python::object::code::{Code, Op, StarOp};
use crate::python::object::errors::{Res, exc, hashable, type_error};
use crate::python::object::frame::Frame;
use crate::python::object::value::Value;

impl Vm<'_> {
    /// `Op::Star(step)`.
    pub(super) fn op_star(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::Star(step) = op else {
            return Ok(());
        };
        match step {
            StarOp::ToTuple => {
                let items = self.collect(&Self::pop(frame))?;
                frame.stack.push(Value::tuple(items));
            }
            StarOp::ToSet => {
                let items = self.collect(&Self::pop(frame))?;
                let mut set = indexmap::IndexSet::new();
                for item in items {
                    set.insert(hashable(item)?);
                }
                frame.stack.push(Value::Set(Rc::new(RefCell::new(set))));
            }
            StarOp::ExtendArgs => {
                let v = Self::pop(frame);
                let n = frame.stack.len();
                let func = frame.stack[n.saturating_sub(2)].clone();
                let items = self.items_or(&v, || {
                    format!("{} argument after * must be an iterable, not {}", func_str(&func), v.type_name())
                })?;
                if let Value::List(l) = &frame.stack[n - 1] {
                    l.borrow_mut().extend(items);
                }
            }
            StarOp::MergeKwargs => {
                let v = Self::pop(frame);
                let n = frame.stack.len();
                let func = frame.stack[n.saturating_sub(3)].clone();
                let pairs: Vec<(Value, Value)> = match &v {
                    Value::Dict(src) => src.borrow().iter().map(|(k, x)| (k.0.clone(), x.clone())).collect(),
                    Value::Instance(_) if super::super::dunder::special(&v, "keys").is_some() => {
                        super::super::protocols::mapping_items(self, &v)?
                    }
                    _ => {
                        let shown = super::super::dunder::type_name(&v);
                        return type_error(format!("{} argument after ** must be a mapping, not {shown}", func_str(&func)));
                    }
                };
                if let Value::Dict(d) = &frame.stack[n - 1] {
                    let mut d = d.borrow_mut();
                    for (k, value) in pairs {
                        let k = crate::python::object::value::Key(k);
                        let Value::Str(name) = &k.0 else {
                            return type_error("keywords must be strings");
                        };
                        if d.contains_key(&k) {
                            return type_error(format!("{} got multiple values for keyword argument '{name}'", func_str(&func)));
                        }
                        d.insert(k, value);
                    }
                }
            }
        }
        Ok(())
    }

    /// Every item of `v`, or a TypeError saying `message()` when `v` is not
    /// iterable at all.
    pub(super) fn items_or(&mut self, v: &Value, message: impl FnOnce() -> String) -> Res<Vec<Value>> {
        match self.collect(v) {
            Err(e) if e.kind == "TypeError" && e.message() == format!("'{}' object is not iterable", v.type_name()) => {
                Err(exc("TypeError", message()))
            }
            other => other,
        }
    }
}

/// How CPython names a callable in argument errors: `print()`,
/// `__main__.f()`, `list.append()`.
fn func_str(f: &Value) -> String {
    match f {
        Value::Function(func) => format!("__main__.{}()", func.code.qualname),
        Value::Bound(b) => func_str(&b.1),
        Value::Class(c) => format!("__main__.{}()", c.name),
        Value::Builtin(name) | Value::Type(name) => format!("{name}()"),
        Value::Method(m) => format!("{}.{}()", m.0.type_name(), m.1),
        other => format!("{} object", other.type_name()),
    }
}

//! The VM's instructions: building lists, tuples, sets, dicts, slices and strings; comprehension
//! appends; f-string formatting.

use std::rc::Rc;

use super::Vm;
use crate::python::object::code::{Code, Op};
use crate::python::object::errors::{Res, type_error};
use crate::python::object::frame::Frame;
use crate::python::object::value::{Key, Value};

impl Vm<'_> {
    /// `Op::BuildList(n)`.
    pub(super) fn op_build_list(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::BuildList(n) = op else {
            return Ok(());
        };
        let items = Self::pop_n(frame, n as usize);
        frame.stack.push(Value::list(items));
        Ok(())
    }

    /// `Op::BuildTuple(n)`.
    pub(super) fn op_build_tuple(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::BuildTuple(n) = op else {
            return Ok(());
        };
        let items = Self::pop_n(frame, n as usize);
        frame.stack.push(Value::tuple(items));
        Ok(())
    }

    /// `Op::BuildSet(n)`.
    pub(super) fn op_build_set(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::BuildSet(n) = op else {
            return Ok(());
        };
        let items = Self::pop_n(frame, n as usize);
        let set = super::super::keys::new_set(self, items)?;
        frame.stack.push(set);
        Ok(())
    }

    /// `Op::BuildDict(n)`.
    pub(super) fn op_build_dict(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::BuildDict(n) = op else {
            return Ok(());
        };
        let items = Self::pop_n(frame, 2 * n as usize);
        let mut pairs = Vec::with_capacity(n as usize);
        let mut it = items.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            pairs.push((k, v));
        }
        let map = super::super::keys::new_dict(self, pairs)?;
        frame.stack.push(map);
        Ok(())
    }

    /// `Op::BuildSlice`.
    pub(super) fn op_build_slice(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::BuildSlice = op else {
            return Ok(());
        };
        let step = Self::pop(frame);
        let stop = Self::pop(frame);
        let start = Self::pop(frame);
        frame.stack.push(Value::Slice(Rc::new((start, stop, step))));
        Ok(())
    }

    /// `Op::BuildString(n)`.
    pub(super) fn op_build_string(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::BuildString(n) = op else {
            return Ok(());
        };
        // The parts are read where they are on the stack, into a string
        // sized once for the strs among them (an f-string's text and
        // formatted values are strs by now).
        let at = frame.stack.len().saturating_sub(n as usize);
        let parts = &frame.stack[at..];
        let size = parts.iter().map(|p| if let Value::Str(t) = p { t.len() } else { 0 }).sum();
        let mut s = String::with_capacity(size);
        for p in parts {
            match p {
                Value::Str(t) => s.push_str(t),
                other => s.push_str(&other.to_str()),
            }
        }
        frame.stack.truncate(at);
        frame.stack.push(Value::str(&s));
        Ok(())
    }

    /// `Op::ListAppend(depth)`.
    pub(super) fn op_list_append(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::ListAppend(depth) = op else {
            return Ok(());
        };
        let v = Self::pop(frame);
        let at = frame.stack.len() - depth as usize;
        if let Value::List(l) = &frame.stack[at] {
            l.borrow_mut().push(v);
        }
        Ok(())
    }

    /// `Op::ListExtend(depth)`.
    pub(super) fn op_list_extend(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::ListExtend(depth) = op else {
            return Ok(());
        };
        let v = Self::pop(frame);
        let items = self.items_or(&v, || format!("Value after * must be an iterable, not {}", v.type_name()))?;
        let at = frame.stack.len() - depth as usize;
        if let Value::List(l) = &frame.stack[at] {
            l.borrow_mut().extend(items);
        }
        Ok(())
    }

    /// `Op::SetAdd(depth)`.
    pub(super) fn op_set_add(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::SetAdd(depth) = op else {
            return Ok(());
        };
        let v = Self::pop(frame);
        let at = frame.stack.len() - depth as usize;
        if let Value::Set(s) = frame.stack[at].clone() {
            super::super::keys::set_add(self, &s, v)?;
        }
        Ok(())
    }

    /// `Op::MapAdd(depth)`.
    pub(super) fn op_map_add(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::MapAdd(depth) = op else {
            return Ok(());
        };
        let v = Self::pop(frame);
        let k = Self::pop(frame);
        let at = frame.stack.len() - depth as usize;
        if let Value::Dict(d) = frame.stack[at].clone() {
            super::super::keys::dict_set(self, &d, k, v)?;
        }
        Ok(())
    }

    /// `Op::DictUpdate(depth)`.
    pub(super) fn op_dict_update(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::DictUpdate(depth) = op else {
            return Ok(());
        };
        let v = Self::pop(frame);
        if matches!(v, Value::Instance(_)) {
            let at = frame.stack.len() - depth as usize;
            if let Value::Dict(d) = frame.stack[at].clone() {
                for (k, val) in super::super::protocols::mapping_items(self, &v)? {
                    super::super::keys::dict_set(self, &d, k, val)?;
                }
            }
            return Ok(());
        }
        let Value::Dict(src) = &v else {
            return type_error(format!("'{}' object is not a mapping", v.class_name()));
        };
        let at = frame.stack.len() - depth as usize;
        if let Value::Dict(d) = &frame.stack[at] {
            let pairs: Vec<(Key, Value)> =
                src.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
            d.borrow_mut().extend(pairs);
        }
        Ok(())
    }

    /// `Op::FormatValue(0, false)`.
    pub(super) fn op_format_value(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::FormatValue(0, false) = op else {
            return Ok(());
        };
        let v = Self::pop(frame);
        if let Value::Int(i) = v {
            frame.stack.push(Value::Str(super::fast::int_str(i)));
            return Ok(());
        }
        let s = crate::python::vm::instances::format(self, &v, "")?;
        frame.stack.push(Value::str(&s));
        Ok(())
    }

    /// `Op::FormatValue(conversion, has_spec)`.
    pub(super) fn op_format_value_2(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::FormatValue(conversion, has_spec) = op else {
            return Ok(());
        };
        let spec = if has_spec { Some(Self::pop(frame)) } else { None };
        let v = Self::pop(frame);
        let v = match conversion {
            b'r' | b'a' => Value::str(&crate::python::vm::instances::display(self, &v, true)?),
            b's' => Value::str(&crate::python::vm::instances::display(self, &v, false)?),
            _ => v,
        };
        let spec = spec.map(|s| s.to_str()).unwrap_or_default();
        if let Value::Native(n) = &v
            && !spec.is_empty()
            && n.methods().contains(&"__format__")
        {
            let s = self.lib.call_method(self, &v, "__format__", vec![Value::str(&spec)], Vec::new())?;
            frame.stack.push(s);
            return Ok(());
        }
        let s = crate::python::vm::instances::format(self, &v, &spec)?;
        frame.stack.push(Value::str(&s));
        Ok(())
    }
}

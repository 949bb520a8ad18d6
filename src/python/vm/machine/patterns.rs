//! The VM's instructions for `match`: the structural checks of sequence,
//! mapping and class patterns (CPython's MATCH_SEQUENCE, MATCH_MAPPING,
//! GET_LEN, MATCH_KEYS, COPY_DICT_WITHOUT_KEYS and MATCH_CLASS).

use std::cell::RefCell;
use std::rc::Rc;

use super::Vm;
use crate::python::object::code::{Code, MatchOp, Op};
use crate::python::object::errors::{Res, exc, hashable, type_error};
use crate::python::object::frame::Frame;
use crate::python::object::value::{DictMap, Value};

/// The built-in types whose class pattern with one positional sub-pattern
/// matches the subject itself (CPython's `Py_TPFLAGS_MATCH_SELF`).
const MATCH_SELF: &[&str] = &["bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"];

impl Vm<'_> {
    /// `Op::Match(kind)`.
    pub(super) fn op_match(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::Match(kind) = op else {
            return Ok(());
        };
        match kind {
            MatchOp::Sequence => {
                let top = frame.stack.last().cloned().unwrap_or(Value::None);
                let is_seq = matches!(top, Value::List(_) | Value::Tuple(_) | Value::Range(_));
                frame.stack.push(Value::Bool(is_seq));
            }
            MatchOp::Mapping => {
                let is_map = matches!(frame.stack.last(), Some(Value::Dict(_)));
                frame.stack.push(Value::Bool(is_map));
            }
            MatchOp::Len => {
                let top = frame.stack.last().cloned().unwrap_or(Value::None);
                let n = self.lib.call_builtin(self, "len", vec![top], Vec::new())?;
                frame.stack.push(n);
            }
            MatchOp::Keys => {
                let n = frame.stack.len();
                let values = match_keys(&frame.stack[n - 2], &frame.stack[n - 1])?;
                frame.stack.push(values);
            }
            MatchOp::Rest => {
                let keys = Self::pop(frame);
                let subject = Self::pop(frame);
                frame.stack.push(rest_of(&subject, &keys)?);
            }
        }
        Ok(())
    }

    /// `Op::MatchClass(positional, names)`.
    pub(super) fn op_match_class(&mut self, op: Op, frame: &mut Frame, code: &Rc<Code>) -> Res<()> {
        let Op::MatchClass(positional, k) = op else {
            return Ok(());
        };
        let class = Self::pop(frame);
        let subject = Self::pop(frame);
        let names: Vec<Value> = match &code.consts[k as usize] {
            Value::Tuple(t) => t.to_vec(),
            _ => Vec::new(),
        };
        let result = self.match_class(&subject, &class, positional as usize, &names)?;
        frame.stack.push(result.map(Value::tuple).unwrap_or(Value::None));
        Ok(())
    }

    /// The attributes a class pattern extracts from `subject`, or None when it
    /// does not match: `isinstance`, then `__match_args__` for the positional
    /// sub-patterns, then the keyword attributes.
    fn match_class(&mut self, subject: &Value, class: &Value, positional: usize, names: &[Value]) -> Res<Option<Vec<Value>>> {
        let class_name = match class {
            Value::Type(t) => t.to_string(),
            Value::Class(c) => c.name.to_string(),
            _ => return type_error("called match pattern must be a type"),
        };
        let is_instance = self.lib.call_builtin(self, "isinstance", vec![subject.clone(), class.clone()], Vec::new())?;
        if !is_instance.truthy() {
            return Ok(None);
        }
        let mut attrs = Vec::new();
        let mut seen: Vec<Rc<str>> = Vec::new();
        if positional > 0 {
            let match_args = match class {
                Value::Class(c) => c.lookup("__match_args__"),
                _ => None,
            };
            let match_self = match_args.is_none() && matches!(class, Value::Type(t) if MATCH_SELF.contains(t));
            let match_args = match match_args {
                None => Vec::new(),
                Some(Value::Tuple(t)) => t.to_vec(),
                Some(other) => {
                    return type_error(format!("{class_name}.__match_args__ must be a tuple (got {})", other.type_name()));
                }
            };
            let allowed = if match_self { 1 } else { match_args.len() };
            if allowed < positional {
                let plural = if allowed == 1 { "" } else { "s" };
                return type_error(format!("{class_name}() accepts {allowed} positional sub-pattern{plural} ({positional} given)"));
            }
            if match_self {
                attrs.push(subject.clone());
            } else {
                for name in &match_args[..positional] {
                    let Value::Str(name) = name else {
                        return type_error(format!("__match_args__ elements must be strings (got {})", name.type_name()));
                    };
                    match self.match_attr(subject, name, &class_name, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(None),
                    }
                }
            }
        }
        for name in names {
            let Value::Str(name) = name else { continue };
            match self.match_attr(subject, name, &class_name, &mut seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(None),
            }
        }
        Ok(Some(attrs))
    }

    /// `getattr(subject, name)` for a class pattern: None when the attribute is
    /// missing; a TypeError when two sub-patterns name it.
    fn match_attr(&mut self, subject: &Value, name: &Rc<str>, class_name: &str, seen: &mut Vec<Rc<str>>) -> Res<Option<Value>> {
        if seen.contains(name) {
            return type_error(format!("{class_name}() got multiple sub-patterns for attribute '{name}'"));
        }
        seen.push(name.clone());
        match self.lib.get_attr(self, subject, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.kind == "AttributeError" => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// The values of `keys` in the mapping `subject` as a tuple, or None when one
/// is missing; a ValueError when a key repeats.
fn match_keys(subject: &Value, keys: &Value) -> Res<Value> {
    let (Value::Dict(d), Value::Tuple(keys)) = (subject, keys) else {
        return Ok(Value::None);
    };
    let mut values = Vec::with_capacity(keys.len());
    let mut seen: Vec<crate::python::object::value::Key> = Vec::new();
    for key in keys.iter() {
        let k = hashable(key.clone())?;
        if seen.contains(&k) {
            return Err(exc("ValueError", format!("mapping pattern checks duplicate key ({})", key.repr())));
        }
        match d.borrow().get(&k) {
            Some(v) => values.push(v.clone()),
            None => return Ok(Value::None),
        }
        seen.push(k);
    }
    Ok(Value::tuple(values))
}

/// A new dict of the items of `subject` whose keys are not in `keys`.
fn rest_of(subject: &Value, keys: &Value) -> Res<Value> {
    let mut rest: DictMap = match subject {
        Value::Dict(d) => d.borrow().clone(),
        _ => DictMap::new(),
    };
    if let Value::Tuple(keys) = keys {
        for key in keys.iter() {
            rest.shift_remove(&hashable(key.clone())?);
        }
    }
    Ok(Value::Dict(Rc::new(RefCell::new(rest))))
}

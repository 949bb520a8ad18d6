//! The VM's instructions for `match`: the structural checks of sequence,
//! mapping and class patterns (CPython's MATCH_SEQUENCE, MATCH_MAPPING,
//! GET_LEN, MATCH_KEYS, COPY_DICT_WITHOUT_KEYS and MATCH_CLASS).

use std::cell::RefCell;
use std::rc::Rc;

use super::Vm;
use crate::python::object::code::{Code, MatchOp, Op};
use crate::python::object::errors::{Res, exc, hashable, type_error};
use crate::python::object::frame::Frame;
use crate::python::object::value::{Key, Value};

/// The library's mappings that mapping patterns match besides dict.
const MAPPINGS: &[&str] = &["defaultdict", "Counter", "OrderedDict"];

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
                let is_seq = match &top {
                    Value::List(_) | Value::Tuple(_) | Value::Range(_) => true,
                    Value::Native(n) if n.type_name() == "deque" => true,
                    Value::Native(_) => self.native_is(&top, &["tuple", "list"])?,
                    _ => false,
                };
                frame.stack.push(Value::Bool(is_seq));
            }
            MatchOp::Mapping => {
                let top = frame.stack.last().cloned().unwrap_or(Value::None);
                let is_map = match &top {
                    Value::Dict(_) => true,
                    Value::Native(n) if MAPPINGS.contains(&n.type_name()) => true,
                    Value::Native(_) => self.native_is(&top, &["dict"])?,
                    _ => false,
                };
                frame.stack.push(Value::Bool(is_map));
            }
            MatchOp::Len => {
                let top = frame.stack.last().cloned().unwrap_or(Value::None);
                let n = self.lib.call_builtin(self, "len", vec![top], Vec::new())?;
                frame.stack.push(n);
            }
            MatchOp::Keys => {
                let n = frame.stack.len();
                let (subject, keys) = (frame.stack[n - 2].clone(), frame.stack[n - 1].clone());
                let values = self.match_keys(&subject, &keys)?;
                frame.stack.push(values);
            }
            MatchOp::Rest => {
                let keys = Self::pop(frame);
                let subject = Self::pop(frame);
                let copy = match &subject {
                    Value::Dict(d) => Value::Dict(Rc::new(RefCell::new(d.borrow().clone()))),
                    other => self.lib.call_type(self, "dict", vec![other.clone()], Vec::new())?,
                };
                frame.stack.push(rest_of(copy, &keys)?);
            }
        }
        Ok(())
    }

    /// Whether the library says the library object `v` is an instance of one
    /// of the built-in `types` (a namedtuple's records are tuples, a Counter
    /// is a dict).
    fn native_is(&mut self, v: &Value, types: &[&'static str]) -> Res<bool> {
        let classes = Value::tuple(types.iter().map(|t| Value::Type(t)).collect());
        Ok(self.lib.call_builtin(self, "isinstance", vec![v.clone(), classes], Vec::new())?.truthy())
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
        let is_instance = match class {
            Value::Type(_) | Value::Class(_) | Value::Native(_) => {
                self.lib.call_builtin(self, "isinstance", vec![subject.clone(), class.clone()], Vec::new())
            }
            _ => return type_error("called match pattern must be a type"),
        };
        let is_instance = match is_instance {
            Err(e) if e.kind == "TypeError" && e.message().starts_with("isinstance() arg 2") => {
                return type_error("called match pattern must be a type");
            }
            other => other?,
        };
        if !is_instance.truthy() {
            return Ok(None);
        }
        let class_name = match class {
            Value::Type(t) => t.to_string(),
            Value::Class(c) => c.name.to_string(),
            other => self.lib.get_attr(self, other, "__name__").map(|n| n.to_str()).unwrap_or_default(),
        };
        let mut attrs = Vec::new();
        let mut seen: Vec<Rc<str>> = Vec::new();
        if positional > 0 {
            let match_args = match self.lib.get_attr(self, class, "__match_args__") {
                Ok(v) => Some(v),
                Err(e) if e.kind == "AttributeError" => None,
                Err(e) => return Err(e),
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

    /// The values of `keys` in the mapping `subject` as a tuple, or None when
    /// one is missing; a ValueError when a key repeats. A mapping other than
    /// a dict is asked with `get`, as CPython asks it.
    fn match_keys(&mut self, subject: &Value, keys: &Value) -> Res<Value> {
        let Value::Tuple(keys) = keys else {
            return Ok(Value::None);
        };
        let mut values = Vec::with_capacity(keys.len());
        let mut seen: Vec<Key> = Vec::new();
        let missing = Value::list(Vec::new());
        for key in keys.iter() {
            let k = hashable(key.clone())?;
            if seen.contains(&k) {
                return Err(exc("ValueError", format!("mapping pattern checks duplicate key ({})", key.repr())));
            }
            let found = match subject {
                Value::Dict(d) => d.borrow().get(&k).cloned(),
                other => {
                    let v = self.lib.call_method(self, other, "get", vec![key.clone(), missing.clone()], Vec::new())?;
                    let absent = matches!((&v, &missing), (Value::List(a), Value::List(b)) if Rc::ptr_eq(a, b));
                    (!absent).then_some(v)
                }
            };
            match found {
                Some(v) => values.push(v),
                None => return Ok(Value::None),
            }
            seen.push(k);
        }
        Ok(Value::tuple(values))
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

/// `copy` (a new dict) without the keys of `keys`.
fn rest_of(copy: Value, keys: &Value) -> Res<Value> {
    if let (Value::Dict(d), Value::Tuple(keys)) = (&copy, keys) {
        for key in keys.iter() {
            d.borrow_mut().shift_remove(&hashable(key.clone())?);
        }
    }
    Ok(copy)
}

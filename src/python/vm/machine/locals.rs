//! The VM's instruction for `locals()` in a function: a snapshot of the
//! frame's bound variables as a dict.

use std::cell::RefCell;
use std::rc::Rc;

use super::Vm;
use crate::python::object::code::{Code, Op};
use crate::python::object::errors::Res;
use crate::python::object::frame::Frame;
use crate::python::object::value::Value;

impl Vm<'_> {
    /// `Op::Locals`: the function's bound variables in CPython's order: its
    /// plain locals (parameters first), then those a closure shares.
    pub(super) fn op_locals(&mut self, op: Op, frame: &mut Frame, code: &Rc<Code>) -> Res<()> {
        let Op::Locals = op else {
            return Ok(());
        };
        let mut map = crate::python::object::value::DictMap::new();
        let mut add = |name: &Rc<str>, value: Option<Value>| {
            if let Some(v) = value {
                map.insert(crate::python::object::value::Key(Value::Str(name.clone())), v);
            }
        };
        let p = &code.params;
        let params = p.positional + p.kwonly + p.varargs as usize + p.varkw as usize;
        let cell_of = |name: &Rc<str>| code.cellvars.iter().position(|(n, _)| n == name);
        for (slot, name) in code.locals.iter().enumerate() {
            match cell_of(name) {
                Some(i) if slot < params => add(name, frame.cells.get(i).map(|c| c.borrow().clone())),
                Some(_) => {}
                None => add(name, frame.locals.get(slot).cloned().flatten()),
            }
        }
        for (i, (name, slot)) in code.cellvars.iter().enumerate() {
            if slot.is_none_or(|s| s as usize >= params) {
                add(name, frame.cells.get(i).map(|c| c.borrow().clone()));
            }
        }
        frame.stack.push(Value::Dict(Rc::new(RefCell::new(map))));
        Ok(())
    }
}

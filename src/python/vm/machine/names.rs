//! The VM's instructions: constants, locals, cells, globals, names, attributes, classes and imports.

use std::cell::RefCell;
use std::rc::Rc;


use super::{FrameResult, Vm, module_name};
use crate::python::object::code::{Code, Op};
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::frame::Frame;
use crate::python::object::value::Value;

impl Vm<'_> {
    /// `Op::LoadLocal(i)`.
    pub(super) fn op_load_local(&mut self, op: Op, frame: &mut Frame, code: &Rc<Code>) -> Res<()> {
        let Op::LoadLocal(i) = op else {
            return Ok(());
        };
        match &frame.locals[i as usize] {
        Some(v) => frame.stack.push(super::fast::clone_value(v)),
        None => {
            let name = &code.locals[i as usize];
            return Err(exc(
                "UnboundLocalError",
                format!("cannot access local variable '{name}' where it is not associated with a value"),
            ));
        }
    };
        Ok(())
    }

    /// `Op::LoadCell(i)`.
    pub(super) fn op_load_cell(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::LoadCell(i) = op else {
            return Ok(());
        };
        let v = frame.cells[i as usize].borrow().clone();
        frame.stack.push(v);
        Ok(())
    }

    /// `Op::StoreCell(i)`.
    pub(super) fn op_store_cell(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::StoreCell(i) = op else {
            return Ok(());
        };
        let v = Self::pop(frame);
        *frame.cells[i as usize].borrow_mut() = v;
        Ok(())
    }

    /// `Op::LoadGlobal(i)`.
    pub(super) fn op_load_global(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::LoadGlobal(i) = op else {
            return Ok(());
        };
        let i = i as usize;
        let v = match self.globals.get(i) {
            Some(Some(v)) => super::fast::clone_value(v),
            _ => match self.fallback.get(i) {
                Some(Some(v)) => v.clone(),
                _ => {
                    let name = self.global_names.get(i).cloned().unwrap_or_else(|| Rc::from("?"));
                    return Err(exc("NameError", format!("name '{name}' is not defined")));
                }
            },
        };
        frame.stack.push(v);
        Ok(())
    }

    /// `Op::StoreGlobal(i)`.
    pub(super) fn op_store_global(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::StoreGlobal(i) = op else {
            return Ok(());
        };
        let v = Self::pop(frame);
        if let Some(slot) = self.globals.get_mut(i as usize) {
            super::fast::store(slot, v);
        }
        Ok(())
    }

    /// `Op::DeleteGlobal(i)`.
    pub(super) fn op_delete_global(&mut self, op: Op, _frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::DeleteGlobal(i) = op else {
            return Ok(());
        };
        let slot = self.globals.get_mut(i as usize).and_then(Option::take);
        if slot.is_none() {
            let name = self.global_names.get(i as usize).cloned().unwrap_or_else(|| Rc::from("?"));
            return Err(exc("NameError", format!("name '{name}' is not defined")));
        }
        Ok(())
    }

    /// `Op::LoadAttr(i)`.
    pub(super) fn op_load_attr(&mut self, op: Op, frame: &mut Frame, code: &Rc<Code>) -> Res<()> {
        let Op::LoadAttr(i) = op else {
            return Ok(());
        };
        let obj = Self::pop(frame);
        let name = &code.names[i as usize];
        let v = super::super::dunder::get_attr(self, &obj, name).inspect_err(|e| Self::suggest_attribute(e, &obj, name))?;
        frame.stack.push(v);
        Ok(())
    }

    /// `Op::StoreAttr(i)`.
    pub(super) fn op_store_attr(&mut self, op: Op, frame: &mut Frame, code: &Rc<Code>) -> Res<()> {
        let Op::StoreAttr(i) = op else {
            return Ok(());
        };
        let obj = Self::pop(frame);
        let value = Self::pop(frame);
        let name = &code.names[i as usize];
        // The lookup first: the argument vector only when a class defines it.
        if let Some(method) = super::super::dunder::special(&obj, "__setattr__") {
            super::super::dunder::call_special(self, &obj, "__setattr__", method, vec![Value::Str(name.clone()), value])?;
            return Ok(());
        }
        crate::python::vm::attributes::store_attr(self, &obj, name, value)?;
        Ok(())
    }

    /// `Op::DeleteAttr(i)`.
    pub(super) fn op_delete_attr(&mut self, op: Op, frame: &mut Frame, code: &Rc<Code>) -> Res<()> {
        let Op::DeleteAttr(i) = op else {
            return Ok(());
        };
        let obj = Self::pop(frame);
        super::super::dunder::del_attr(self, &obj, &code.names[i as usize])
    }

    /// `Op::LoadName(i)`.
    pub(super) fn op_load_name(&mut self, op: Op, frame: &mut Frame, code: &Rc<Code>) -> Res<()> {
        let Op::LoadName(i) = op else {
            return Ok(());
        };
        let name = &code.names[i as usize];
        let local = frame.namespace.as_ref().and_then(|ns| ns.borrow().get(name).cloned());
        let v = match local {
            Some(v) => v,
            None => {
                let slot = self.global_names.iter().position(|n| n == name);
                match slot.and_then(|s| self.globals.get(s).cloned().flatten()) {
                    Some(v) => v,
                    None => match self.builtins.get(name) {
                        Some(v) => v.clone(),
                        None => return Err(exc("NameError", format!("name '{name}' is not defined"))),
                    },
                }
            }
        };
        frame.stack.push(v);
        Ok(())
    }

    /// `Op::StoreName(i)`.
    pub(super) fn op_store_name(&mut self, op: Op, frame: &mut Frame, code: &Rc<Code>) -> Res<()> {
        let Op::StoreName(i) = op else {
            return Ok(());
        };
        let mut v = Self::pop(frame);
        if let Some(ns) = &frame.namespace {
            if let Value::Native(_) = v {
                let lib = self.lib;
                v = lib.class_body_store(self, ns, &code.names[i as usize], v)?;
            }
            ns.borrow_mut().insert(code.names[i as usize].clone(), v);
        }
        Ok(())
    }

    /// `Op::BuildClass(i, n)` and `Op::BuildClassKw(i, n)`: runs the body,
    /// makes the class, fills the body's `__class__` cell and runs the
    /// bases' `__init_subclass__` with the class keywords.
    pub(super) fn op_build_class(&mut self, op: Op, frame: &mut Frame, code: &Rc<Code>) -> Res<()> {
        let (i, n, keywords) = match op {
            Op::BuildClass(i, n) => (i, n, Vec::new()),
            Op::BuildClassKw(i, n) => {
                let Value::Dict(d) = Self::pop(frame) else {
                    return type_error("bad class keywords");
                };
                let keywords = d.borrow().iter().map(|(k, v)| (Rc::from(k.0.to_str().as_str()), v.clone())).collect();
                (i, n, keywords)
            }
            _ => return Ok(()),
        };
        let bases = Self::pop_n(frame, n as usize);
        let body = Self::pop(frame);
        let Value::Function(f) = &body else {
            return type_error("bad class body");
        };
        let namespace = Rc::new(RefCell::new(crate::python::object::classes::ClassDict::default()));
        let mut body_frame = self.new_frame(f.code.clone(), Vec::new(), f.closure.clone());
        body_frame.namespace = Some(namespace.clone());
        let lib = self.lib;
        lib.class_body(self, &namespace, &bases);
        if let FrameResult::Raise(e) = self.run_frame(&mut body_frame, None) {
            return Err(e);
        }
        let mut ns = std::mem::take(&mut *namespace.borrow_mut());
        // As CPython's type_new: defining __eq__ without __hash__ makes the
        // class's instances unhashable.
        if ns.contains_key("__eq__") && !ns.contains_key("__hash__") {
            ns.insert(Rc::from("__hash__"), Value::None);
        }
        let (name, qualname) = (code.names[i as usize].clone(), f.code.qualname.clone());
        super::super::dunder::refuse_unsupported(|n| ns.contains_key(n))?;
        let bases = crate::python::object::enums::mixin_bases(bases, &mut ns);
        let lib = self.lib;
        let bases = lib.class_bases(self, &code.names[i as usize], bases, &mut ns)?;
        let class = crate::python::object::classes::make_class(name, qualname, bases, ns)?;
        if let Some(cell) = f.code.cellvars.iter().position(|(n, _)| &**n == "__class__") {
            *body_frame.cells[cell].borrow_mut() = class.clone();
        }
        let lib = self.lib;
        lib.class_created(self, &class)?;
        crate::python::vm::attributes::init_subclass(self, &class, keywords)?;
        frame.stack.push(class);
        Ok(())
    }

    /// `Op::ImportName(i)`.
    pub(super) fn op_import_name(&mut self, op: Op, frame: &mut Frame, code: &Rc<Code>) -> Res<()> {
        let Op::ImportName(i) = op else {
            return Ok(());
        };
        let name = &code.names[i as usize];
        let m = self.lib.import(name)?;
        frame.stack.push(m);
        Ok(())
    }

    /// `Op::ImportFrom(i)`.
    pub(super) fn op_import_from(&mut self, op: Op, frame: &mut Frame, code: &Rc<Code>) -> Res<()> {
        let Op::ImportFrom(i) = op else {
            return Ok(());
        };
        let module = frame.stack.last().cloned().unwrap_or(Value::None);
        let name = &code.names[i as usize];
        let v = match self.lib.get_attr(self, &module, name) {
            Ok(v) => v,
            // A name the module has but looplab does not provide says so.
            Err(e) if e.kind == "NotImplementedError" => return Err(e),
            Err(_) => {
                return Err(exc(
                    "ImportError",
                    format!("cannot import name '{name}' from '{}'", module_name(&module)),
                ));
            }
        };
        frame.stack.push(v);
        Ok(())
    }
}

//! Where a name lives: a class body's namespace, a cell (shared with a
//! closure), a fast local, or a module global; loading, storing and deleting it.

use std::rc::Rc;

use super::FnCompiler;
use crate::python::object::code::Op;

impl<'s> FnCompiler<'s> {
    /// The index of a module-level name (shared by every code object of the module).
    pub(super) fn global_index(&mut self, name: &str) -> u32 {
        let (i, _) = self.globals.borrow_mut().insert_full(Rc::from(name));
        i as u32
    }

    /// The index of a name in this code object's `names` (attributes, imports, class namespace).
    pub(super) fn name_index(&mut self, name: &str) -> u32 {
        let (i, _) = self.names.insert_full(Rc::from(name));
        i as u32
    }

    /// True when no function scope is open: the module body, or a class body.
    pub(super) fn is_module(&self) -> bool {
        self.scope.is_none()
    }

    /// Pushes the value of a name, from where it lives.
    pub(super) fn load_name(&mut self, name: &str) {
        if self.class_body {
            let i = self.name_index(name);
            self.emit(Op::LoadName(i));
        } else if let Some(i) = self.cells.get_index_of(name) {
            self.emit(Op::LoadCell(i as u32));
        } else if !self.is_module()
            && self.locals.contains(name)
            && !self.scope.as_ref().is_some_and(|s| s.globals.contains(name))
        {
            let i = self.locals.get_index_of(name).unwrap_or(0);
            self.emit(Op::LoadLocal(i as u32));
        } else {
            let i = self.global_index(name);
            self.emit(Op::LoadGlobal(i));
        }
    }

    /// Pops into a name, where it lives.
    pub(super) fn store_name(&mut self, name: &str) {
        if self.class_body {
            let i = self.name_index(name);
            self.emit(Op::StoreName(i));
        } else if let Some(i) = self.cells.get_index_of(name) {
            self.emit(Op::StoreCell(i as u32));
        } else if !self.is_module() && self.locals.contains(name) {
            let i = self.locals.get_index_of(name).unwrap_or(0);
            self.emit(Op::StoreLocal(i as u32));
        } else {
            let i = self.global_index(name);
            self.emit(Op::StoreGlobal(i));
        }
    }

    /// `del name`.
    pub(super) fn delete_name(&mut self, name: &str) {
        if !self.is_module() && self.locals.contains(name) && !self.cells.contains(name) {
            let i = self.locals.get_index_of(name).unwrap_or(0);
            self.emit(Op::DeleteLocal(i as u32));
        } else {
            let i = self.global_index(name);
            self.emit(Op::DeleteGlobal(i));
        }
    }
}

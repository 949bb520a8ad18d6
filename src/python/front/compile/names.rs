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

    /// The index of attribute `name`, mangled as CPython mangles private
    /// names (`self.__x` in class `C` is `self._C__x`).
    pub(super) fn attr_index(&mut self, name: &str) -> u32 {
        let name = self.mangle(name);
        self.name_index(&name)
    }

    /// `__x` → `_Class__x` inside a class (CPython's `_Py_Mangle`).
    pub(super) fn mangle<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        let Some(class) = &self.private_class else {
            return name.into();
        };
        let class = class.trim_start_matches('_');
        if !name.starts_with("__") || name.ends_with("__") || name.contains('.') || class.is_empty() {
            return name.into();
        }
        format!("_{class}{name}").into()
    }

    /// True when no function scope is open: the module body, or a class body.
    pub(super) fn is_module(&self) -> bool {
        self.scope.is_none()
    }

    /// Pushes the value of a name, from where it lives.
    pub(super) fn load_name(&mut self, name: &str) {
        if self.class_body
            && let Some(i) = self.cells.get_index_of(name)
            && i >= self.cellvars
            && !self.class_bound.contains(name)
        {
            self.emit(Op::LoadCell(i as u32));
        } else if self.class_body {
            let name = self.mangle(name);
            let i = self.name_index(&name);
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
            let name = self.mangle(name);
            let i = self.name_index(&name);
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

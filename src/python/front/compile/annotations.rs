//! Annotated assignments as CPython 3.11 compiles them (without `from
//! __future__ import annotations`): in a module or class body the
//! annotation of a simple name is evaluated and stored in `__annotations__`
//! (which the body creates first, as `SETUP_ANNOTATIONS` does); other
//! targets' annotations are evaluated and dropped there; a function's are
//! never evaluated.

use ruff_python_ast::{self as ast, Expr, Stmt};

use super::{FnCompiler, R};
use crate::python::object::code::Op;

/// True when a body holds an annotated assignment outside nested defs and
/// classes (CPython's `find_ann`, which does not look into `match`).
pub(super) fn find_ann(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => find_ann(&f.body) || find_ann(&f.orelse),
        Stmt::While(w) => find_ann(&w.body) || find_ann(&w.orelse),
        Stmt::If(i) => find_ann(&i.body) || i.elif_else_clauses.iter().any(|c| find_ann(&c.body)),
        Stmt::With(w) => find_ann(&w.body),
        Stmt::Try(t) => {
            find_ann(&t.body)
                || find_ann(&t.orelse)
                || find_ann(&t.finalbody)
                || t.handlers.iter().any(|h| match h {
                    ast::ExceptHandler::ExceptHandler(h) => find_ann(&h.body),
                })
        }
        _ => false,
    })
}

impl<'s> FnCompiler<'s> {
    /// `__annotations__ = {}` at the start of a module or class body that
    /// annotates a name (the namespace is new, so it never holds one yet).
    pub(super) fn setup_annotations(&mut self, body: &[Stmt]) {
        if find_ann(body) {
            self.emit(Op::BuildDict(0));
            self.store_name("__annotations__");
        }
    }

    /// `target: annotation = value`: the value is stored first, then (in a
    /// module or class body) the annotation is evaluated, and kept in
    /// `__annotations__` when the target is a plain name.
    pub(super) fn ann_assign(&mut self, a: &'s ast::StmtAnnAssign) -> R {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.assign(&a.target)?;
        }
        match &*a.target {
            Expr::Name(n) if a.simple && self.is_module() => {
                self.expr(&a.annotation)?;
                self.load_name("__annotations__");
                let key = self.mangle(&n.id).into_owned();
                self.emit_const(crate::python::object::value::Value::str(&key));
                self.emit(Op::StoreSubscr);
            }
            target => {
                if a.value.is_none() {
                    self.evaluate_and_drop_target(target)?;
                }
                if self.is_module() {
                    self.expr(&a.annotation)?;
                    self.emit(Op::Pop);
                }
            }
        }
        Ok(())
    }

    /// A bare `obj.attr: T` or `obj[key]: T` still evaluates `obj` (and `key`).
    fn evaluate_and_drop_target(&mut self, target: &'s Expr) -> R {
        match target {
            Expr::Attribute(attr) => {
                self.expr(&attr.value)?;
                self.emit(Op::Pop);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.emit(Op::Pop);
                self.expr(&s.slice)?;
                self.emit(Op::Pop);
            }
            _ => {}
        }
        Ok(())
    }
}

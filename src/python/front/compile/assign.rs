//! Assignment: `a = b = value`, annotated and augmented assignment, the
//! targets a value is stored into (names, subscripts, attributes, unpacking),
//! and `del`.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::expr::op_of;
use super::{FnCompiler, R};
use crate::python::object::code::Op;

impl<'s> FnCompiler<'s> {
    /// `t1 = t2 = value`: the value is evaluated once and stored left to right.
    pub(super) fn assign_stmt(&mut self, a: &'s ast::StmtAssign) -> R {
        self.expr(&a.value)?;
        for (i, target) in a.targets.iter().enumerate() {
            if i + 1 < a.targets.len() {
                self.emit(Op::Dup);
            }
            self.assign(target)?;
        }
        Ok(())
    }

    /// `target op= value`: the target is read, combined in place, and stored
    /// back; its container is evaluated once.
    pub(super) fn aug_assign(&mut self, a: &'s ast::StmtAugAssign) -> R {
        let op = op_of(a.op);
        match &*a.target {
            Expr::Name(n) => {
                let outer = self.enter_expr(&a.target);
                self.load_name(&n.id);
                self.span = outer;
                self.expr(&a.value)?;
                self.emit(Op::Binary(op, true));
                self.store_name(&n.id);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                let outer = self.enter_expr(&a.target);
                self.emit(Op::Dup2);
                self.emit(Op::Subscr);
                self.span = outer;
                self.expr(&a.value)?;
                self.emit(Op::Binary(op, true));
                self.emit(Op::Rot3);
                let outer = self.enter_expr(&a.target);
                self.emit(Op::StoreSubscr);
                self.span = outer;
            }
            Expr::Attribute(attr) => {
                self.expr(&attr.value)?;
                self.emit(Op::Dup);
                let i = self.attr_index(&attr.attr.id);
                let outer = self.enter_expr(&a.target);
                self.emit(Op::LoadAttr(i));
                self.span = outer;
                self.expr(&a.value)?;
                self.emit(Op::Binary(op, true));
                self.emit(Op::Rot2);
                self.emit(Op::StoreAttr(i));
            }
            other => return Err(self.unsupported(other.range(), "this augmented assignment target")),
        }
        Ok(())
    }

    /// Pops TOS into an assignment target (tuples and lists unpack it, a
    /// starred element taking the rest).
    pub(super) fn assign(&mut self, target: &'s Expr) -> R {
        match target {
            Expr::Name(n) => self.store_name(&n.id),
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                let outer = self.enter_expr(target);
                self.emit(Op::StoreSubscr);
                self.span = outer;
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
                if elts.iter().filter(|e| matches!(e, Expr::Starred(_))).count() > 1 {
                    return Err(self.syntax(target.range(), "multiple starred expressions in assignment"));
                }
                let outer = self.enter_expr(target);
                match star {
                    None => {
                        self.emit(Op::Unpack(elts.len() as u32));
                    }
                    Some(i) => {
                        self.emit(Op::UnpackEx(i as u16, (elts.len() - i - 1) as u16));
                    }
                }
                self.span = outer;
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.assign(&s.value)?,
                        other => self.assign(other)?,
                    }
                }
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.attr_index(&a.attr.id);
                let outer = self.enter_expr(target);
                self.emit(Op::StoreAttr(i));
                self.span = outer;
            }
            Expr::Starred(s) => return Err(self.syntax(s.range, "starred assignment target must be in a list or tuple")),
            other => return Err(self.syntax(other.range(), "cannot assign to expression")),
        }
        Ok(())
    }

    /// `del name, container[key], obj.attr`.
    pub(super) fn delete(&mut self, d: &'s ast::StmtDelete) -> R {
        for t in &d.targets {
            match t {
                Expr::Name(n) => self.delete_name(&n.id),
                Expr::Subscript(s) => {
                    self.expr(&s.value)?;
                    self.expr(&s.slice)?;
                    let outer = self.enter_expr(t);
                    self.emit(Op::DeleteSubscr);
                    self.span = outer;
                }
                Expr::Attribute(a) => {
                    self.expr(&a.value)?;
                    let name = self.attr_index(&a.attr.id);
                    let outer = self.enter_expr(t);
                    self.emit(Op::DeleteAttr(name));
                    self.span = outer;
                }
                other => return Err(self.unsupported(other.range(), "this 'del' target")),
            }
        }
        Ok(())
    }
}

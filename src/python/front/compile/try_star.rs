//! `except*` clauses: each one takes the part of the exception (group) its
//! classes match, runs with that group as the handled exception, and hands
//! what it does not match to the next clause; at the end, what no clause
//! handled and what the clauses raised is raised again (CPython's
//! `compiler_try_star_except`).

use ruff_python_ast as ast;

use super::{FnCompiler, R, Unwind};
use crate::python::object::code::Op;
use crate::python::object::value::Value;

impl<'s> FnCompiler<'s> {
    /// The handlers of a `try` with `except*`, entered with the caught
    /// exception on the stack; falls through when nothing is left to raise.
    pub(super) fn star_handlers(&mut self, handlers: &'s [ast::ExceptHandler]) -> R {
        // [orig] → [orig, raised, rest]: the caught exception, the list of
        // what the clauses raise, and the part no clause has matched yet.
        self.emit(Op::PushExcInfo);
        self.emit(Op::Dup);
        self.emit(Op::BuildList(0));
        self.emit(Op::Rot2);
        for handler in handlers {
            let ast::ExceptHandler::ExceptHandler(h) = handler;
            self.at(h.range);
            match &h.type_ {
                Some(ty) => self.expr(ty)?,
                None => return Err(self.syntax(h.range, "expected one or more exception types")),
            }
            let no_match = self.emit(Op::CheckEgMatch(0));
            self.emit(Op::PushExcInfo);
            match &h.name {
                Some(n) => self.store_name(&n.id),
                None => {
                    self.emit(Op::Pop);
                }
            }
            let setup = self.emit(Op::SetupExcept(0));
            self.unwind.push(Unwind::StarHandler);
            self.body(&h.body)?;
            self.unwind.pop();
            self.emit(Op::PopBlock);
            self.emit(Op::PopExcInfo);
            self.clear_handler_name(h);
            let next = self.emit(Op::Jump(0));
            // The clause raised: [orig, raised, rest, exc].
            self.patch(setup);
            self.emit(Op::PopExcInfo);
            self.clear_handler_name(h);
            self.emit(Op::StarAppend);
            self.patch(next);
            self.patch(no_match);
        }
        self.emit(Op::PrepReraiseStar);
        self.emit(Op::PopExcInfo);
        Ok(())
    }

    /// `except ... as name` unbinds the name when the clause ends.
    pub(super) fn clear_handler_name(&mut self, h: &'s ast::ExceptHandlerExceptHandler) {
        if let Some(n) = &h.name {
            self.emit_const(Value::None);
            self.store_name(&n.id);
            self.delete_name(&n.id);
        }
    }
}

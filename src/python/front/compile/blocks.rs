//! Statements that open a handler block: `try` / `except` / `finally`, `with`
//! and `async with`; and what leaving such blocks early (`break`, `continue`,
//! `return`) emits.

use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::TextRange;

use super::{FnCompiler, R, Unwind};
use crate::python::object::code::Op;
use crate::python::object::value::Value;

impl<'s> FnCompiler<'s> {
    /// Emits what leaving the unwind entries above `depth` requires.
    pub(super) fn unwind_to(&mut self, depth: usize, for_return: bool) -> R {
        let saved = self.unwind.clone();
        let mut i = self.unwind.len();
        while i > depth {
            i -= 1;
            match saved[i] {
                Unwind::Try => {
                    self.emit(Op::PopBlock);
                }
                Unwind::Handler => {
                    self.emit(Op::PopExcInfo);
                }
                Unwind::ForIter => {
                    if !for_return {
                        self.emit(Op::Pop);
                    }
                }
                Unwind::AsyncWith => {
                    self.emit(Op::PopBlock);
                    if for_return {
                        self.emit(Op::Rot2);
                    }
                    self.emit_async_exit();
                }
                Unwind::With => {
                    self.emit(Op::PopBlock);
                    if for_return {
                        self.emit(Op::Rot2);
                    }
                    self.emit(Op::WithExit);
                }
                Unwind::StarHandler => {
                    let message = "'break', 'continue' and 'return' cannot appear in an except* block";
                    return Err(self.syntax(self.stmt_range, message));
                }
                Unwind::Finally(body) => {
                    self.emit(Op::PopBlock);
                    self.unwind.truncate(i);
                    let stmts = self.finally_bodies[body];
                    self.body(stmts)?;
                    self.unwind = saved.clone();
                }
            }
        }
        Ok(())
    }

    /// `try` / `except` / `else` / `finally`: the body runs under a handler
    /// block; each `except` clause tests the exception in turn, and an
    /// unmatched one is re-raised. A `finally` body is compiled twice: on
    /// the normal way out and on the exceptional one (then re-raised);
    /// `break` / `continue` / `return` inline it again (see `unwind_to`).
    pub(super) fn try_stmt(&mut self, t: &'s ast::StmtTry) -> R {
        let finally_index = if t.finalbody.is_empty() {
            None
        } else {
            self.finally_bodies.push(&t.finalbody);
            Some(self.finally_bodies.len() - 1)
        };
        let finally_setup = if let Some(fi) = finally_index {
            let s = self.emit(Op::SetupExcept(0));
            self.unwind.push(Unwind::Finally(fi));
            Some(s)
        } else {
            None
        };
        if t.handlers.is_empty() {
            self.body(&t.body)?;
            self.body(&t.orelse)?;
        } else {
            let setup = self.emit(Op::SetupExcept(0));
            self.unwind.push(Unwind::Try);
            self.body(&t.body)?;
            self.unwind.pop();
            self.emit(Op::PopBlock);
            self.body(&t.orelse)?;
            let to_end = self.emit(Op::Jump(0));
            self.patch(setup);
            if t.is_star {
                self.star_handlers(&t.handlers)?;
                self.patch(to_end);
            } else {
                self.handlers(&t.handlers, to_end)?;
            }
        }
        if let (Some(setup), Some(fi)) = (finally_setup, finally_index) {
            self.unwind.pop();
            self.emit(Op::PopBlock);
            let body = self.finally_bodies[fi];
            self.body(body)?;
            let end = self.emit(Op::Jump(0));
            // The exceptional way out: the finally body runs with the
            // exception as the one being handled (its context for new ones).
            self.patch(setup);
            self.emit(Op::PushExcInfo);
            self.unwind.push(Unwind::Handler);
            self.body(body)?;
            self.unwind.pop();
            self.emit(Op::PopExcInfo);
            self.emit(Op::Reraise);
            self.patch(end);
        }
        Ok(())
    }

    /// The `except` clauses, entered with the exception on the stack: each
    /// tests it in turn; an unmatched one is re-raised.
    fn handlers(&mut self, handlers: &'s [ast::ExceptHandler], to_end: usize) -> R {
        let mut ends = vec![to_end];
        for handler in handlers {
            let ast::ExceptHandler::ExceptHandler(h) = handler;
            self.at(h.range);
            let next = match &h.type_ {
                Some(ty) => {
                    self.expr(ty)?;
                    self.emit(Op::ExceptMatch);
                    Some(self.emit(Op::JumpIfFalse(0)))
                }
                None => None,
            };
            self.emit(Op::PushExcInfo);
            match &h.name {
                Some(n) => self.store_name(&n.id),
                None => {
                    self.emit(Op::Pop);
                }
            }
            self.unwind.push(Unwind::Handler);
            self.body(&h.body)?;
            self.unwind.pop();
            self.emit(Op::PopExcInfo);
            self.clear_handler_name(h);
            ends.push(self.emit(Op::Jump(0)));
            if let Some(n) = next {
                self.patch(n);
            }
        }
        self.emit(Op::Reraise);
        for e in ends {
            self.patch(e);
        }
        Ok(())
    }

    /// `with` and `async with` (inside `async def`), with any number of managers.
    pub(super) fn with(&mut self, w: &'s ast::StmtWith) -> R {
        if !w.is_async {
            return self.with_stmt(&w.items, &w.body, w.range);
        }
        if !self.is_async {
            return Err(self.syntax(w.range, "'async with' outside async function"));
        }
        self.async_with(&w.items, &w.body, w.range)
    }

    /// `with a as x, b as y: body` is `with a as x: with b as y: body`.
    /// The manager stays on the stack under the body; leaving normally calls
    /// `__exit__(None, None, None)`, an exception calls `__exit__(type, exc,
    /// None)` and is re-raised unless that returns something true.
    fn with_stmt(&mut self, items: &'s [ast::WithItem], body: &'s [Stmt], range: TextRange) -> R {
        let Some((item, rest)) = items.split_first() else {
            return self.body(body);
        };
        self.expr(&item.context_expr)?;
        self.emit(Op::Dup);
        self.emit(Op::WithEnter);
        match &item.optional_vars {
            Some(target) => self.assign(target)?,
            None => {
                self.emit(Op::Pop);
            }
        }
        let setup = self.emit(Op::SetupExcept(0));
        self.unwind.push(Unwind::With);
        self.with_stmt(rest, body, range)?;
        self.unwind.pop();
        self.at(range);
        self.emit(Op::PopBlock);
        self.emit(Op::WithExit);
        let end = self.emit(Op::Jump(0));
        self.patch(setup);
        self.emit(Op::PushExcInfo);
        self.emit(Op::WithExitExc);
        let reraise = self.emit(Op::JumpIfFalse(0));
        self.emit(Op::Pop);
        self.emit(Op::PopExcInfo);
        let suppressed = self.emit(Op::Jump(0));
        self.patch(reraise);
        self.emit(Op::PopExcInfo);
        self.emit(Op::Reraise);
        self.patch(end);
        self.patch(suppressed);
        Ok(())
    }

    /// `async with m as x: body`: awaits `__aenter__()`, and `__aexit__(...)`
    /// on the way out; an exception is re-raised unless the awaited exit
    /// returns something true. `async with a, b: body` is `async with a:
    /// async with b: body`.
    fn async_with(&mut self, items: &'s [ast::WithItem], body: &'s [Stmt], range: TextRange) -> R {
        let Some((item, rest)) = items.split_first() else {
            return self.body(body);
        };
        self.expr(&item.context_expr)?;
        self.emit(Op::Dup);
        self.emit(Op::AsyncEnter);
        self.emit(Op::GetAwaitable);
        self.emit_const(Value::None);
        self.emit(Op::Await);
        match &item.optional_vars {
            Some(target) => self.assign(target)?,
            None => {
                self.emit(Op::Pop);
            }
        }
        let setup = self.emit(Op::SetupExcept(0));
        self.unwind.push(Unwind::AsyncWith);
        self.async_with(rest, body, range)?;
        self.unwind.pop();
        self.at(range);
        self.emit(Op::PopBlock);
        self.emit_async_exit();
        let end = self.emit(Op::Jump(0));
        self.patch(setup);
        self.emit(Op::PushExcInfo);
        self.emit(Op::AsyncExitExc);
        self.emit(Op::GetAwaitable);
        self.emit_const(Value::None);
        self.emit(Op::Await);
        let reraise = self.emit(Op::JumpIfFalse(0));
        self.emit(Op::Pop);
        self.emit(Op::PopExcInfo);
        let suppressed = self.emit(Op::Jump(0));
        self.patch(reraise);
        self.emit(Op::PopExcInfo);
        self.emit(Op::Reraise);
        self.patch(end);
        self.patch(suppressed);
        Ok(())
    }

    /// Pops the context manager at TOS and awaits its exit.
    pub(super) fn emit_async_exit(&mut self) {
        self.emit(Op::AsyncExit);
        self.emit(Op::GetAwaitable);
        self.emit_const(Value::None);
        self.emit(Op::Await);
        self.emit(Op::Pop);
    }
}

//! Statements: the dispatcher, and one function per simple statement kind
//! (loops, `try` and `with`, assignments and definitions have their own files).

use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::Ranged;

use super::{FnCompiler, R};
use crate::python::object::code::Op;
use crate::python::object::value::Value;

/// CPython's `CO_MAXBLOCKS`: loops, `try` and `with` blocks open at once in
/// one function.
const MAX_BLOCKS: usize = 20;

impl<'s> FnCompiler<'s> {
    /// Compiles a block of statements.
    pub(super) fn body(&mut self, body: &'s [Stmt]) -> R {
        for stmt in body {
            self.stmt(stmt)?;
        }
        Ok(())
    }

    /// Compiles one statement, counting the blocks it opens against
    /// CPython's limit of 20 statically nested ones (`CO_MAXBLOCKS`).
    pub(super) fn stmt(&mut self, stmt: &'s Stmt) -> R {
        let opened = match stmt {
            Stmt::While(_) | Stmt::For(_) | Stmt::Try(_) => 1,
            Stmt::With(w) => w.items.len(),
            _ => 0,
        };
        if self.blocks + opened > MAX_BLOCKS {
            return Err(self.syntax(stmt.range(), "too many statically nested blocks"));
        }
        self.blocks += opened;
        let result = self.stmt_body(stmt);
        self.blocks -= opened;
        result
    }

    /// Sets the current line, then runs the statement's own function (or
    /// reports the diagnostic for one outside the subset).
    fn stmt_body(&mut self, stmt: &'s Stmt) -> R {
        self.at(stmt.range());
        match stmt {
            Stmt::Expr(e) => {
                self.expr(&e.value)?;
                self.emit(Op::Pop);
            }
            Stmt::Pass(_) | Stmt::Global(_) => {}
            Stmt::Assign(a) => self.assign_stmt(a)?,
            Stmt::AnnAssign(a) => self.ann_assign(a)?,
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::Delete(d) => self.delete(d)?,
            Stmt::If(s) => self.if_stmt(s)?,
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::For(f) if f.is_async => self.async_for_stmt(f)?,
            Stmt::For(f) => self.for_stmt(f)?,
            Stmt::Break(b) => self.break_stmt(b)?,
            Stmt::Continue(c) => self.continue_stmt(c)?,
            Stmt::Return(r) => self.return_stmt(r)?,
            Stmt::FunctionDef(def) => self.function_def(def)?,
            Stmt::Raise(r) => self.raise_stmt(r)?,
            Stmt::Try(t) => self.try_stmt(t)?,
            Stmt::Assert(a) => self.assert_stmt(a)?,
            Stmt::Import(i) => self.import(i),
            Stmt::ImportFrom(i) => self.import_from(i)?,
            Stmt::Nonlocal(n) => {
                if self.is_module() {
                    return Err(self.syntax(n.range, "nonlocal declaration not allowed at module level"));
                }
            }
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::With(w) => self.with(w)?,
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::TypeAlias(t) => return Err(self.unsupported(t.range, "'type' statements")),
            Stmt::IpyEscapeCommand(e) => return Err(self.syntax(e.range, "invalid syntax")),
        }
        Ok(())
    }

    /// `if` / `elif` / `else`: each test jumps past its body when false; each
    /// body jumps to the end.
    fn if_stmt(&mut self, s: &'s ast::StmtIf) -> R {
        self.expr(&s.test)?;
        let jf = self.emit(Op::JumpIfFalse(0));
        self.body(&s.body)?;
        let mut ends = Vec::new();
        let mut pending = Some(jf);
        for clause in &s.elif_else_clauses {
            ends.push(self.emit(Op::Jump(0)));
            if let Some(p) = pending.take() {
                self.patch(p);
            }
            self.at(clause.range());
            if let Some(test) = &clause.test {
                self.expr(test)?;
                pending = Some(self.emit(Op::JumpIfFalse(0)));
            }
            self.body(&clause.body)?;
        }
        if let Some(p) = pending {
            self.patch(p);
        }
        for e in ends {
            self.patch(e);
        }
        Ok(())
    }

    /// `return`: closes every open block (running `finally` bodies) on the way out.
    fn return_stmt(&mut self, r: &'s ast::StmtReturn) -> R {
        if self.is_module() {
            return Err(self.syntax(r.range, "'return' outside function"));
        }
        if self.is_async_generator && r.value.is_some() {
            return Err(self.syntax(r.range, "'return' with value in async generator"));
        }
        match &r.value {
            Some(v) => self.expr(v)?,
            None => self.emit_const(Value::None),
        }
        if !self.unwind.is_empty() {
            // CPython reports a `return` it cannot unwind at its value.
            if let Some(v) = &r.value {
                self.stmt_range = v.range();
            }
            self.unwind_to(0, true)?;
        }
        self.emit(Op::Return);
        Ok(())
    }

    /// `raise`, `raise exc`, `raise exc from cause`.
    fn raise_stmt(&mut self, r: &'s ast::StmtRaise) -> R {
        let n = match (&r.exc, &r.cause) {
            (None, _) => 0,
            (Some(e), None) => {
                self.expr(e)?;
                1
            }
            (Some(e), Some(c)) => {
                self.expr(e)?;
                self.expr(c)?;
                2
            }
        };
        self.emit(Op::Raise(n));
        Ok(())
    }

    /// `assert test, msg`: raises `AssertionError(msg)` when the test is false.
    fn assert_stmt(&mut self, a: &'s ast::StmtAssert) -> R {
        self.expr(&a.test)?;
        let ok = self.emit(Op::JumpIfTrue(0));
        // CPython raises the AssertionError at the test's position.
        let outer = self.enter_expr(&a.test);
        let i = self.global_index("AssertionError");
        self.emit(Op::LoadGlobal(i));
        match &a.msg {
            Some(m) => {
                self.expr(m)?;
                self.emit(Op::Call(1));
            }
            None => {
                self.emit(Op::Call(0));
            }
        }
        self.emit(Op::Raise(1));
        self.span = outer;
        self.patch(ok);
        Ok(())
    }

    /// `import a.b as c`: binds the top package, or the alias to the module itself.
    fn import(&mut self, i: &'s ast::StmtImport) {
        for alias in &i.names {
            let idx = self.name_index(&alias.name.id);
            self.emit(Op::ImportName(idx));
            let bound = match &alias.asname {
                Some(a) => a.id.to_string(),
                None => alias.name.id.split('.').next().unwrap_or("").to_string(),
            };
            if alias.asname.is_none() && alias.name.id.contains('.') {
                self.emit(Op::Pop);
                let top = self.name_index(&bound);
                self.emit(Op::ImportName(top));
            }
            self.store_name(&bound);
        }
    }

    /// `from m import a, b as c` (`import *` is outside the subset).
    fn import_from(&mut self, i: &'s ast::StmtImportFrom) -> R {
        let module = i.module.as_ref().map(|m| m.id.to_string()).unwrap_or_default();
        let idx = self.name_index(&module);
        self.emit(Op::ImportName(idx));
        for alias in &i.names {
            if alias.name.id.as_str() == "*" {
                return Err(self.unsupported(alias.range, "'import *'"));
            }
            let n = self.name_index(&alias.name.id);
            self.emit(Op::ImportFrom(n));
            let bound = alias.asname.as_ref().unwrap_or(&alias.name);
            self.store_name(&bound.id);
        }
        self.emit(Op::Pop);
        Ok(())
    }
}

//! Comprehensions and generator expressions: each is a nested function
//! (`<listcomp>`, `<genexpr>`…) called at once with the first iterable's
//! iterator, as in CPython 3.11. An asynchronous one (`async for`, or
//! `await` inside) is a coroutine function the caller awaits, or for a
//! generator expression an async generator function.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::TextRange;

use super::{FnCompiler, R};
use crate::python::front::scope::analyse_comprehension;
use crate::python::object::code::Op;
use crate::python::object::value::Value;

impl<'s> FnCompiler<'s> {
    /// Makes and calls the comprehension's function.
    pub(super) fn comprehension(
        &mut self,
        generators: &'s [ast::Comprehension],
        kind: CompKind<'s>,
        range: TextRange,
    ) -> R {
        let Some(first) = generators.first() else {
            return Err(self.syntax(range, "invalid syntax"));
        };
        let mut exprs: Vec<&Expr> = Vec::new();
        match kind {
            CompKind::List(e) | CompKind::Set(e) | CompKind::Gen(e) => exprs.push(e),
            CompKind::Dict(k, v) => {
                exprs.push(k);
                exprs.push(v);
            }
        }
        let mut targets: Vec<&Expr> = Vec::new();
        for (i, g) in generators.iter().enumerate() {
            targets.push(&g.target);
            if i > 0 {
                exprs.push(&g.iter);
            }
            exprs.extend(g.ifs.iter());
        }
        if let Some(at) = super::generators::comprehension_yield(generators, &exprs[..]) {
            let what = match kind {
                CompKind::List(_) => "list comprehension",
                CompKind::Set(_) => "set comprehension",
                CompKind::Dict(..) => "dict comprehension",
                CompKind::Gen(_) => "generator expression",
            };
            return Err(self.syntax(at, &format!("'yield' inside {what}")));
        }
        let is_async = super::generators::comprehension_is_async(generators, &exprs[..]);
        let is_gen = matches!(kind, CompKind::Gen(_));
        if is_async && !is_gen && !self.is_async && !self.is_comprehension() {
            return Err(self.syntax(range, "asynchronous comprehension outside of an asynchronous function"));
        }
        let info = analyse_comprehension(&exprs, &targets);
        self.check_walrus(&info)?;
        for g in generators {
            if let Some(range) = named_in(&g.iter) {
                return Err(self.syntax(range, "assignment expression cannot be used in a comprehension iterable expression"));
            }
        }
        let name = match kind {
            CompKind::List(_) => "<listcomp>",
            CompKind::Set(_) => "<setcomp>",
            CompKind::Dict(..) => "<dictcomp>",
            CompKind::Gen(_) => "<genexpr>",
        };
        let qualname = if self.is_module() {
            name.to_string()
        } else {
            format!("{}.<locals>.{}", self.qualname, name)
        };
        let code = self.child_code(
            name,
            &qualname,
            info,
            is_async,
            range,
            |c| {
                match kind {
                    CompKind::List(_) | CompKind::Gen(_) => c.emit(Op::BuildList(0)),
                    CompKind::Set(_) => c.emit(Op::BuildSet(0)),
                    CompKind::Dict(..) => c.emit(Op::BuildDict(0)),
                };
                c.emit(Op::LoadLocal(0));
                c.comp_level(generators, 0, kind)?;
                if matches!(kind, CompKind::Gen(_)) {
                    c.emit(Op::Pop);
                    c.emit_const(Value::None);
                }
                c.emit(Op::Return);
                Ok(())
            },
            |p| p.positional = 1,
        )?;
        let i = self.add_const(Value::Code(code));
        self.emit(Op::MakeFunction(i, 0));
        self.expr(&first.iter)?;
        self.emit(if first.is_async { Op::GetAIter } else { Op::GetIter });
        self.emit(Op::Call(1));
        if is_async && !is_gen {
            self.emit(Op::GetAwaitable);
            self.emit_const(Value::None);
            self.emit(Op::Await);
        }
        Ok(())
    }

    /// The loop for generator `level`, nested inside the previous ones; the
    /// innermost adds the element (or yields it).
    fn comp_level(&mut self, generators: &'s [ast::Comprehension], level: usize, kind: CompKind<'s>) -> R {
        let g = &generators[level];
        if level > 0 {
            self.expr(&g.iter)?;
            self.emit(if g.is_async { Op::GetAIter } else { Op::GetIter });
        }
        let start = self.here();
        let exit = if g.is_async {
            // Awaits `it.__anext__()` under a handler that ends the loop on
            // StopAsyncIteration (CPython's END_ASYNC_FOR).
            let setup = self.emit(Op::SetupExcept(0));
            self.emit(Op::Dup);
            self.emit(Op::GetANext);
            self.emit(Op::GetAwaitable);
            self.emit_const(Value::None);
            self.emit(Op::Await);
            self.emit(Op::PopBlock);
            setup
        } else {
            self.emit(Op::ForIter(0))
        };
        self.assign(&g.target)?;
        for cond in &g.ifs {
            self.expr(cond)?;
            self.emit(Op::JumpIfFalse(start as u32));
        }
        if level + 1 < generators.len() {
            self.comp_level(generators, level + 1, kind)?;
        } else {
            let depth = level as u32 + 2;
            match kind {
                CompKind::List(e) => {
                    self.expr(e)?;
                    self.emit(Op::ListAppend(depth));
                }
                CompKind::Set(e) => {
                    self.expr(e)?;
                    self.emit(Op::SetAdd(depth));
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MapAdd(depth));
                }
                CompKind::Gen(e) => {
                    self.expr(e)?;
                    if self.is_async {
                        self.emit(Op::AsyncGenWrap);
                    }
                    self.emit(Op::Yield);
                    self.emit(Op::Pop);
                }
            }
        }
        self.emit(Op::Jump(start as u32));
        self.patch(exit);
        if g.is_async {
            self.load_name("StopAsyncIteration");
            self.emit(Op::ExceptMatch);
            let reraise = self.emit(Op::JumpIfFalse(0));
            self.emit(Op::Pop);
            self.emit(Op::Pop);
            let end = self.emit(Op::Jump(0));
            self.patch(reraise);
            self.emit(Op::Reraise);
            self.patch(end);
        }
        Ok(())
    }
}

impl FnCompiler<'_> {
    /// CPython's SyntaxErrors for `:=` in a comprehension: it may not rebind
    /// an iteration variable, nor bind in a class body.
    fn check_walrus(&self, info: &crate::python::front::scope::ScopeInfo) -> R {
        for (name, range) in &info.walrus {
            if info.locals.contains(name) {
                let message = format!("assignment expression cannot rebind comprehension iteration variable '{name}'");
                return Err(self.syntax(*range, &message));
            }
            if self.class_body {
                return Err(self.syntax(*range, "assignment expression within a comprehension cannot be used in a class body"));
            }
        }
        Ok(())
    }
}

/// Where the first `:=` inside `expr` is, if any.
fn named_in(expr: &Expr) -> Option<TextRange> {
    use ruff_python_ast::visitor::{Visitor, walk_expr};
    struct Find(Option<TextRange>);
    impl<'a> Visitor<'a> for Find {
        fn visit_expr(&mut self, e: &'a Expr) {
            match e {
                Expr::Named(n) if self.0.is_none() => self.0 = Some(n.range),
                _ => walk_expr(self, e),
            }
        }
    }
    let mut find = Find(None);
    find.visit_expr(expr);
    find.0
}

/// Which comprehension, with the expression(s) each iteration produces.
#[derive(Clone, Copy)]
pub(super) enum CompKind<'s> {
    List(&'s Expr),
    Set(&'s Expr),
    Dict(&'s Expr, &'s Expr),
    Gen(&'s Expr),
}

//! Loops: `while`, `for`, `async for`, and `break` / `continue` out of them.

use ruff_python_ast as ast;

use super::{FnCompiler, LoopCtx, R, Unwind};
use crate::python::object::code::Op;
use crate::python::object::value::Value;

impl<'s> FnCompiler<'s> {
    /// `while test: body else: orelse`.
    pub(super) fn while_stmt(&mut self, w: &'s ast::StmtWhile) -> R {
        let start = self.here();
        self.expr(&w.test)?;
        let exit = self.emit(Op::JumpIfFalse(0));
        self.loops.push(LoopCtx {
            continue_target: start,
            breaks: Vec::new(),
            unwind_depth: self.unwind.len(),
            is_for: false,
        });
        self.body(&w.body)?;
        self.emit(Op::Nop);
        self.emit(Op::Jump(start as u32));
        let ctx = self.loops.pop();
        self.patch(exit);
        self.body(&w.orelse)?;
        for b in ctx.map(|c| c.breaks).unwrap_or_default() {
            self.patch(b);
        }
        Ok(())
    }

    /// `for target in iter: body else: orelse`: the iterator stays on the stack
    /// while the loop runs.
    pub(super) fn for_stmt(&mut self, f: &'s ast::StmtFor) -> R {
        self.expr(&f.iter)?;
        self.emit(Op::GetIter);
        let start = self.here();
        let exit = self.emit(Op::ForIter(0));
        self.assign(&f.target)?;
        self.loops.push(LoopCtx {
            continue_target: start,
            breaks: Vec::new(),
            unwind_depth: self.unwind.len(),
            is_for: true,
        });
        self.unwind.push(Unwind::ForIter);
        self.body(&f.body)?;
        self.unwind.pop();
        self.emit(Op::Jump(start as u32));
        let ctx = self.loops.pop();
        self.patch(exit);
        self.body(&f.orelse)?;
        for b in ctx.map(|c| c.breaks).unwrap_or_default() {
            self.patch(b);
        }
        Ok(())
    }

    /// `async for` (only inside `async def`).
    pub(super) fn async_for_stmt(&mut self, f: &'s ast::StmtFor) -> R {
        if !self.is_async {
            return Err(self.syntax(f.range, "'async for' outside async function"));
        }
        // Each step awaits `it.__anext__()` under a handler that ends
        // the loop on StopAsyncIteration.
        self.expr(&f.iter)?;
        self.emit(Op::GetAIter);
        let start = self.here();
        let setup = self.emit(Op::SetupExcept(0));
        self.emit(Op::Dup);
        self.emit(Op::GetANext);
        self.emit(Op::GetAwaitable);
        self.emit_const(Value::None);
        self.emit(Op::Await);
        self.emit(Op::PopBlock);
        self.assign(&f.target)?;
        self.loops.push(LoopCtx {
            continue_target: start,
            breaks: Vec::new(),
            unwind_depth: self.unwind.len(),
            is_for: true,
        });
        self.unwind.push(Unwind::ForIter);
        self.body(&f.body)?;
        self.unwind.pop();
        self.emit(Op::Jump(start as u32));
        let ctx = self.loops.pop();
        // The end-of-loop check belongs to the `async for` line: an
        // exception from `__anext__()` is re-raised there.
        self.line = self.line_of(f.range);
        self.patch(setup);
        self.load_name("StopAsyncIteration");
        self.emit(Op::ExceptMatch);
        let reraise = self.emit(Op::JumpIfFalse(0));
        self.emit(Op::Pop);
        self.emit(Op::Pop);
        self.body(&f.orelse)?;
        let end = self.emit(Op::Jump(0));
        self.patch(reraise);
        self.emit(Op::Reraise);
        self.patch(end);
        for b in ctx.map(|c| c.breaks).unwrap_or_default() {
            self.patch(b);
        }
        Ok(())
    }

    /// `break`: closes the blocks opened inside the loop, drops a `for`'s
    /// iterator, and jumps to the loop's end (patched when the loop is done).
    pub(super) fn break_stmt(&mut self, b: &'s ast::StmtBreak) -> R {
        let Some(ctx) = self.loops.last() else {
            return Err(self.syntax(b.range, "'break' outside loop"));
        };
        let (depth, is_for) = (ctx.unwind_depth, ctx.is_for);
        self.unwind_to(depth + usize::from(is_for), false)?;
        if is_for {
            self.emit(Op::Pop);
        }
        let j = self.emit(Op::Jump(0));
        if let Some(ctx) = self.loops.last_mut() {
            ctx.breaks.push(j);
        }
        Ok(())
    }

    /// `continue`: closes the blocks opened inside the loop and jumps to its start.
    pub(super) fn continue_stmt(&mut self, c: &'s ast::StmtContinue) -> R {
        let Some(ctx) = self.loops.last() else {
            return Err(self.syntax(c.range, "'continue' not properly in loop"));
        };
        let (depth, target, is_for) = (ctx.unwind_depth, ctx.continue_target, ctx.is_for);
        self.unwind_to(depth + usize::from(is_for), false)?;
        self.emit(Op::Jump(target as u32));
        Ok(())
    }
}

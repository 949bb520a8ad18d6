//! The compiler: ruff's AST to [`Code`]. Reports constructs outside the
//! supported subset, and the SyntaxErrors CPython's compiler raises that the
//! parser does not (`'return' outside function`…), as [`SourceDiagnostic`]s.

use std::collections::HashSet;
use std::rc::Rc;

use indexmap::IndexSet;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::python::front::diagnostic::{SourceDiagnostic, line_and_column};
use crate::python::front::scope::{ScopeInfo, analyse_expr_scope, analyse_function, param_names};
use crate::python::object::code::{BinOp, CmpOp, Code, Op, Params, UnOp};
use crate::python::object::value::{Value, int_from_big};

/// Exit status for an unsupported construct (the runner contract).
pub const UNSUPPORTED_KIND: &str = "NotImplementedError";

/// A compile failure: a SyntaxError (exit 1) or an unsupported construct (exit 2).
#[derive(Debug, Clone)]
pub struct CompileError {
    /// Where and what.
    pub diagnostic: SourceDiagnostic,
    /// True for constructs looplab does not support (exit status 2).
    pub unsupported: bool,
}

/// Compiles a whole module.
pub fn compile_module(source: &str, module: &ast::ModModule) -> Result<Rc<Code>, CompileError> {
    let mut c = FnCompiler::new(source, "<module>", "<module>", None, Vec::new(), Vec::new());
    c.body(&module.body)?;
    c.emit_const(Value::None);
    c.emit(Op::Return);
    let globals = c.globals.clone();
    let mut code = c.finish(Params::default(), false, false, 1);
    code.global_names = globals.borrow().iter().cloned().collect();
    Ok(Rc::new(code))
}

#[derive(Clone, Copy, PartialEq)]
enum Unwind {
    /// Inside a try body: PopBlock when leaving.
    Try,
    /// Inside a try body with a finally: PopBlock, then run the finally body.
    Finally(usize),
    /// Inside an except clause: PopExcInfo when leaving.
    Handler,
    /// Inside a for loop: its iterator is on the stack.
    ForIter,
    /// Inside an `async with` body: PopBlock, then await the manager's exit.
    AsyncWith,
    /// Inside a `with` body: PopBlock, then call the manager's `__exit__`.
    With,
}

struct LoopCtx {
    continue_target: usize,
    breaks: Vec<usize>,
    unwind_depth: usize,
    is_for: bool,
}

struct FnCompiler<'s> {
    source: &'s str,
    line_starts: Vec<usize>,
    name: Rc<str>,
    qualname: Rc<str>,
    ops: Vec<Op>,
    lines: Vec<u32>,
    consts: Vec<Value>,
    names: IndexSet<Rc<str>>,
    /// None at module level.
    scope: Option<ScopeInfo>,
    locals: IndexSet<String>,
    cells: IndexSet<String>,
    cellvars: usize,
    enclosing: Vec<HashSet<String>>,
    line: u32,
    loops: Vec<LoopCtx>,
    unwind: Vec<Unwind>,
    finally_bodies: Vec<&'s [Stmt]>,
    is_async: bool,
    closure_from: Vec<u32>,
    globals: Rc<std::cell::RefCell<IndexSet<Rc<str>>>>,
    /// Compiling a class body: names live in the class namespace.
    class_body: bool,
    /// Compiling a method: its class's name and first parameter (for `super()`).
    method_of: Option<(String, Option<String>)>,
}

fn op_of(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::Div => BinOp::Div,
        O::FloorDiv => BinOp::FloorDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitAnd => BinOp::And,
        O::BitOr => BinOp::Or,
        O::BitXor => BinOp::Xor,
        O::MatMult => BinOp::MatMul,
    }
}

fn cmp_of(op: ast::CmpOp) -> CmpOp {
    use ast::CmpOp as C;
    match op {
        C::Eq => CmpOp::Eq,
        C::NotEq => CmpOp::Ne,
        C::Lt => CmpOp::Lt,
        C::LtE => CmpOp::Le,
        C::Gt => CmpOp::Gt,
        C::GtE => CmpOp::Ge,
        C::In => CmpOp::In,
        C::NotIn => CmpOp::NotIn,
        C::Is => CmpOp::Is,
        C::IsNot => CmpOp::IsNot,
    }
}

type R<T = ()> = Result<T, CompileError>;

impl<'s> FnCompiler<'s> {
    fn new(
        source: &'s str,
        name: &str,
        qualname: &str,
        scope: Option<ScopeInfo>,
        enclosing: Vec<HashSet<String>>,
        cellnames: Vec<String>,
    ) -> Self {
        let mut line_starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        let locals = scope.as_ref().map(|s| s.locals.clone()).unwrap_or_default();
        let mut cells: IndexSet<String> = IndexSet::new();
        let mut cellvars = 0;
        if let Some(s) = &scope {
            for name in s.locals.iter() {
                if s.child_free.contains(name) {
                    cells.insert(name.clone());
                }
            }
            cellvars = cells.len();
            for name in cellnames {
                cells.insert(name);
            }
        }
        FnCompiler {
            source,
            line_starts,
            name: Rc::from(name),
            qualname: Rc::from(qualname),
            ops: Vec::new(),
            lines: Vec::new(),
            consts: Vec::new(),
            names: IndexSet::new(),
            scope,
            locals,
            cells,
            cellvars,
            enclosing,
            line: 1,
            loops: Vec::new(),
            unwind: Vec::new(),
            finally_bodies: Vec::new(),
            is_async: false,
            closure_from: Vec::new(),
            globals: Rc::default(),
            class_body: false,
            method_of: None,
        }
    }

    fn finish(self, params: Params, is_coroutine: bool, is_generator: bool, first_line: u32) -> Code {
        let cellvars = self
            .cells
            .iter()
            .take(self.cellvars)
            .map(|n| {
                let slot = self.locals.get_index_of(n).map(|i| i as u32);
                (Rc::from(n.as_str()), slot)
            })
            .collect();
        Code {
            name: self.name,
            qualname: self.qualname,
            ops: self.ops,
            lines: self.lines,
            consts: self.consts,
            names: self.names.into_iter().collect(),
            locals: self.locals.iter().map(|n| Rc::from(n.as_str())).collect(),
            params,
            cellvars,
            freevars: self.cells.len() - self.cellvars,
            closure_from: self.closure_from,
            global_names: Vec::new(),
            is_coroutine,
            is_generator,
            first_line,
        }
    }

    fn line_of(&self, range: TextRange) -> u32 {
        let offset = range.start().to_usize();
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    fn error(&self, range: TextRange, kind: &str, message: String, unsupported: bool) -> CompileError {
        let (line, column) = line_and_column(self.source, range.start().to_usize());
        let (end_line, end_column) = line_and_column(self.source, range.end().to_usize());
        let end_column = if end_line == line {
            end_column
        } else {
            let text = self.source.lines().nth(line - 1).unwrap_or("");
            text.chars().count() + 1
        };
        CompileError {
            diagnostic: SourceDiagnostic {
                kind: kind.into(),
                message,
                line,
                column,
                end_column: end_column.max(column + 1),
                show_caret: true,
            },
            unsupported,
        }
    }

    fn unsupported(&self, range: TextRange, what: &str) -> CompileError {
        self.error(range, UNSUPPORTED_KIND, format!("looplab does not support {what} yet"), true)
    }

    fn syntax(&self, range: TextRange, message: &str) -> CompileError {
        self.error(range, "SyntaxError", message.to_string(), false)
    }

    fn emit(&mut self, op: Op) -> usize {
        self.ops.push(op);
        self.lines.push(self.line);
        self.ops.len() - 1
    }

    fn here(&self) -> usize {
        self.ops.len()
    }

    fn patch(&mut self, at: usize) {
        let target = self.ops.len() as u32;
        self.ops[at] = match self.ops[at] {
            Op::Jump(_) => Op::Jump(target),
            Op::JumpIfFalse(_) => Op::JumpIfFalse(target),
            Op::JumpIfTrue(_) => Op::JumpIfTrue(target),
            Op::JumpIfFalseOrPop(_) => Op::JumpIfFalseOrPop(target),
            Op::JumpIfTrueOrPop(_) => Op::JumpIfTrueOrPop(target),
            Op::ForIter(_) => Op::ForIter(target),
            Op::SetupExcept(_) => Op::SetupExcept(target),
            other => other,
        };
    }

    fn add_const(&mut self, v: Value) -> u32 {
        self.consts.push(v);
        self.consts.len() as u32 - 1
    }

    fn emit_const(&mut self, v: Value) {
        let i = self.add_const(v);
        self.emit(Op::Const(i));
    }

    fn global_index(&mut self, name: &str) -> u32 {
        let (i, _) = self.globals.borrow_mut().insert_full(Rc::from(name));
        i as u32
    }

    fn name_index(&mut self, name: &str) -> u32 {
        let (i, _) = self.names.insert_full(Rc::from(name));
        i as u32
    }

    fn is_module(&self) -> bool {
        self.scope.is_none()
    }

    fn load_name(&mut self, name: &str) {
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

    fn store_name(&mut self, name: &str) {
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

    fn delete_name(&mut self, name: &str) {
        if !self.is_module() && self.locals.contains(name) && !self.cells.contains(name) {
            let i = self.locals.get_index_of(name).unwrap_or(0);
            self.emit(Op::DeleteLocal(i as u32));
        } else {
            let i = self.global_index(name);
            self.emit(Op::DeleteGlobal(i));
        }
    }

    fn body(&mut self, body: &'s [Stmt]) -> R {
        for stmt in body {
            self.stmt(stmt)?;
        }
        Ok(())
    }

    /// Emits what leaving the unwind entries above `depth` requires.
    fn unwind_to(&mut self, depth: usize, for_return: bool) -> R {
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

    fn stmt(&mut self, stmt: &'s Stmt) -> R {
        self.line = self.line_of(stmt.range());
        match stmt {
            Stmt::Expr(e) => {
                self.expr(&e.value)?;
                self.emit(Op::Pop);
            }
            Stmt::Pass(_) => {}
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for (i, target) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.emit(Op::Dup);
                    }
                    self.assign(target)?;
                }
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.assign(&a.target)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::Delete(d) => {
                for t in &d.targets {
                    match t {
                        Expr::Name(n) => self.delete_name(&n.id),
                        Expr::Subscript(s) => {
                            self.expr(&s.value)?;
                            self.expr(&s.slice)?;
                            self.emit(Op::DeleteSubscr);
                        }
                        other => return Err(self.unsupported(other.range(), "this 'del' target")),
                    }
                }
            }
            Stmt::If(s) => {
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
                    self.line = self.line_of(clause.range());
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
            }
            Stmt::While(w) => {
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
            }
            Stmt::For(f) if f.is_async && !self.is_async => {
                return Err(self.syntax(f.range, "'async for' outside async function"));
            }
            Stmt::For(f) if f.is_async => {
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
            }
            Stmt::For(f) => {
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
            }
            Stmt::Break(b) => {
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
            }
            Stmt::Continue(c) => {
                let Some(ctx) = self.loops.last() else {
                    return Err(self.syntax(c.range, "'continue' not properly in loop"));
                };
                let (depth, target, is_for) = (ctx.unwind_depth, ctx.continue_target, ctx.is_for);
                self.unwind_to(depth + usize::from(is_for), false)?;
                self.emit(Op::Jump(target as u32));
            }
            Stmt::Return(r) => {
                if self.is_module() {
                    return Err(self.syntax(r.range, "'return' outside function"));
                }
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.emit_const(Value::None),
                }
                if !self.unwind.is_empty() {
                    self.unwind_to(0, true)?;
                }
                self.emit(Op::Return);
            }
            Stmt::FunctionDef(def) => self.function_def(def)?,
            Stmt::Raise(r) => {
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
            }
            Stmt::Try(t) => self.try_stmt(t)?,
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                let ok = self.emit(Op::JumpIfTrue(0));
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
                self.patch(ok);
            }
            Stmt::Import(i) => {
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
            Stmt::ImportFrom(i) => {
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
            }
            Stmt::Global(g) => {
                if self.is_module() {
                    return Ok(());
                }
                let _ = g;
            }
            Stmt::Nonlocal(n) => {
                if self.is_module() {
                    return Err(self.syntax(n.range, "nonlocal declaration not allowed at module level"));
                }
            }
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::With(w) if w.is_async && w.items.len() == 1 && self.is_async => {
                let item = &w.items[0];
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
                self.body(&w.body)?;
                self.unwind.pop();
                self.emit(Op::PopBlock);
                self.emit_async_exit();
                let end = self.emit(Op::Jump(0));
                self.patch(setup);
                self.emit(Op::AsyncExitExc);
                self.emit(Op::GetAwaitable);
                self.emit_const(Value::None);
                self.emit(Op::Await);
                let reraise = self.emit(Op::JumpIfFalse(0));
                self.emit(Op::Pop);
                let suppressed = self.emit(Op::Jump(0));
                self.patch(reraise);
                self.emit(Op::Reraise);
                self.patch(end);
                self.patch(suppressed);
            }
            Stmt::With(w) if !w.is_async => self.with_stmt(&w.items, &w.body)?,
            Stmt::With(w) => {
                let what = if w.is_async { "'async with' statements" } else { "'with' statements" };
                if w.is_async && !self.is_async {
                    return Err(self.syntax(w.range, "'async with' outside async function"));
                }
                return Err(self.unsupported(w.range, what));
            }
            Stmt::Match(m) => return Err(self.unsupported(m.range, "'match' statements")),
            Stmt::TypeAlias(t) => return Err(self.unsupported(t.range, "'type' statements")),
            Stmt::IpyEscapeCommand(e) => return Err(self.syntax(e.range, "invalid syntax")),
        }
        Ok(())
    }

    /// Pops the context manager at TOS and awaits its exit.
    /// `with a as x, b as y: body` is `with a as x: with b as y: body`.
    /// The manager stays on the stack under the body; leaving normally calls
    /// `__exit__(None, None, None)`, an exception calls `__exit__(type, exc,
    /// None)` and is re-raised unless that returns something true.
    fn with_stmt(&mut self, items: &'s [ast::WithItem], body: &'s [Stmt]) -> R {
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
        self.with_stmt(rest, body)?;
        self.unwind.pop();
        self.emit(Op::PopBlock);
        self.emit(Op::WithExit);
        let end = self.emit(Op::Jump(0));
        self.patch(setup);
        self.emit(Op::WithExitExc);
        let reraise = self.emit(Op::JumpIfFalse(0));
        self.emit(Op::Pop);
        let suppressed = self.emit(Op::Jump(0));
        self.patch(reraise);
        self.emit(Op::Reraise);
        self.patch(end);
        self.patch(suppressed);
        Ok(())
    }

    fn emit_async_exit(&mut self) {
        self.emit(Op::AsyncExit);
        self.emit(Op::GetAwaitable);
        self.emit_const(Value::None);
        self.emit(Op::Await);
        self.emit(Op::Pop);
    }

    fn aug_assign(&mut self, a: &'s ast::StmtAugAssign) -> R {
        let op = op_of(a.op);
        match &*a.target {
            Expr::Name(n) => {
                self.load_name(&n.id);
                self.expr(&a.value)?;
                self.emit(Op::Binary(op, true));
                self.store_name(&n.id);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::Dup2);
                self.emit(Op::Subscr);
                self.expr(&a.value)?;
                self.emit(Op::Binary(op, true));
                self.emit(Op::Rot3);
                self.emit(Op::StoreSubscr);
            }
            Expr::Attribute(attr) => {
                self.expr(&attr.value)?;
                self.emit(Op::Dup);
                let i = self.name_index(&attr.attr.id);
                self.emit(Op::LoadAttr(i));
                self.expr(&a.value)?;
                self.emit(Op::Binary(op, true));
                self.emit(Op::Rot2);
                self.emit(Op::StoreAttr(i));
            }
            other => return Err(self.unsupported(other.range(), "this augmented assignment target")),
        }
        Ok(())
    }

    fn assign(&mut self, target: &'s Expr) -> R {
        match target {
            Expr::Name(n) => self.store_name(&n.id),
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::StoreSubscr);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
                match star {
                    None => {
                        self.emit(Op::Unpack(elts.len() as u32));
                    }
                    Some(i) => {
                        self.emit(Op::UnpackEx(i as u16, (elts.len() - i - 1) as u16));
                    }
                }
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.assign(&s.value)?,
                        other => self.assign(other)?,
                    }
                }
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.name_index(&a.attr.id);
                self.emit(Op::StoreAttr(i));
            }
            other => return Err(self.syntax(other.range(), "cannot assign to expression")),
        }
        Ok(())
    }

    fn try_stmt(&mut self, t: &'s ast::StmtTry) -> R {
        if t.is_star {
            return Err(self.unsupported(t.range, "'except*'"));
        }
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
            let mut ends = vec![to_end];
            for handler in &t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = handler;
                self.line = self.line_of(h.range);
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
                ends.push(self.emit(Op::Jump(0)));
                if let Some(n) = next {
                    self.patch(n);
                }
            }
            self.emit(Op::Reraise);
            for e in ends {
                self.patch(e);
            }
        }
        if let (Some(setup), Some(fi)) = (finally_setup, finally_index) {
            self.unwind.pop();
            self.emit(Op::PopBlock);
            let body = self.finally_bodies[fi];
            self.body(body)?;
            let end = self.emit(Op::Jump(0));
            self.patch(setup);
            self.body(body)?;
            self.emit(Op::Reraise);
            self.patch(end);
        }
        Ok(())
    }

    fn function_def(&mut self, def: &'s ast::StmtFunctionDef) -> R {
        if let Some(d) = def.decorator_list.first() {
            return Err(self.unsupported(d.range, "decorators"));
        }
        let params = param_names(&def.parameters);
        let info = analyse_function(&params, &def.body);
        let qualname = if self.class_body {
            format!("{}.{}", self.qualname, def.name.id)
        } else if self.is_module() {
            def.name.id.to_string()
        } else {
            format!("{}.<locals>.{}", self.qualname, def.name.id)
        };
        self.make_function(
            Some(&def.parameters),
            &def.name.id,
            &qualname,
            info,
            def.is_async,
            def.range,
            |c| {
                c.body(&def.body)?;
                c.emit_const(Value::None);
                c.emit(Op::Return);
                Ok(())
            },
        )?;
        self.store_name(&def.name.id);
        Ok(())
    }

    fn class_def(&mut self, c: &'s ast::StmtClassDef) -> R {
        if let Some(d) = c.decorator_list.first() {
            return Err(self.unsupported(d.range, "decorators"));
        }
        if let Some(t) = &c.type_params {
            return Err(self.unsupported(t.range, "type parameters"));
        }
        let bases: Vec<&'s Expr> = match c.arguments.as_deref() {
            Some(a) => {
                if let Some(k) = a.keywords.first() {
                    return Err(self.unsupported(k.range, "class keywords (metaclass=...)"));
                }
                a.args.iter().collect()
            }
            None => Vec::new(),
        };
        let qualname = if self.is_module() && !self.class_body {
            c.name.id.to_string()
        } else if self.class_body {
            format!("{}.{}", self.qualname, c.name.id)
        } else {
            format!("{}.<locals>.{}", self.qualname, c.name.id)
        };
        let mut body = FnCompiler::new(self.source, &c.name.id, &qualname, None, self.enclosing_for_child(), Vec::new());
        body.globals = self.globals.clone();
        body.class_body = true;
        body.line = self.line_of(c.range);
        body.body(&c.body)?;
        body.emit_const(Value::None);
        body.emit(Op::Return);
        let first_line = self.line_of(c.range);
        let code = Rc::new(body.finish(Params::default(), false, false, first_line));
        let i = self.add_const(Value::Code(code));
        self.emit(Op::MakeFunction(i, 0));
        for b in &bases {
            self.expr(b)?;
        }
        let name = self.name_index(&c.name.id);
        self.emit(Op::BuildClass(name, bases.len() as u32));
        self.store_name(&c.name.id);
        Ok(())
    }

    fn enclosing_for_child(&self) -> Vec<HashSet<String>> {
        let mut env = self.enclosing.clone();
        if self.class_body {
            return env;
        }
        if !self.is_module() {
            let mut mine: HashSet<String> = self.locals.iter().cloned().collect();
            mine.extend(self.cells.iter().cloned());
            if let Some(s) = &self.scope {
                for g in &s.globals {
                    mine.remove(g);
                }
            }
            env.push(mine);
        }
        env
    }

    #[allow(clippy::too_many_arguments)]
    fn make_function(
        &mut self,
        parameters: Option<&'s ast::Parameters>,
        name: &str,
        qualname: &str,
        info: ScopeInfo,
        is_async: bool,
        range: TextRange,
        body: impl FnOnce(&mut FnCompiler<'s>) -> R,
    ) -> R {
        let mut flags = 0u8;
        let positional: Vec<&ast::ParameterWithDefault> = parameters
            .map(|p| p.posonlyargs.iter().chain(p.args.iter()).collect())
            .unwrap_or_default();
        let kwonly: Vec<&ast::ParameterWithDefault> =
            parameters.map(|p| p.kwonlyargs.iter().collect()).unwrap_or_default();
        let defaults: Vec<_> = positional.iter().filter_map(|p| p.default.as_deref()).collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple(defaults.len() as u32));
            flags |= 1;
        }
        let kwdefaults: Vec<_> = kwonly
            .iter()
            .filter_map(|p| p.default.as_deref().map(|d| (p.parameter.name.id.as_str(), d)))
            .collect();
        if !kwdefaults.is_empty() {
            for (n, d) in &kwdefaults {
                self.emit_const(Value::str(n));
                self.expr(d)?;
            }
            self.emit(Op::BuildDict(kwdefaults.len() as u32));
            flags |= 2;
        }
        let code = self.child_code(name, qualname, info, is_async, range, body, |p| {
            p.positional = positional.len();
            p.kwonly = kwonly.len();
            p.varargs = parameters.is_some_and(|p| p.vararg.is_some());
            p.varkw = parameters.is_some_and(|p| p.kwarg.is_some());
        })?;
        let i = self.add_const(Value::Code(code));
        self.emit(Op::MakeFunction(i, flags));
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn child_code(
        &mut self,
        name: &str,
        qualname: &str,
        info: ScopeInfo,
        is_async: bool,
        range: TextRange,
        body: impl FnOnce(&mut FnCompiler<'s>) -> R,
        set_params: impl FnOnce(&mut Params),
    ) -> R<Rc<Code>> {
        let env = self.enclosing_for_child();
        let free: Vec<String> = {
            let mut f: Vec<String> = info
                .free()
                .into_iter()
                .filter(|n| env.iter().any(|scope| scope.contains(n)))
                .collect();
            f.sort();
            f
        };
        let mut child = FnCompiler::new(self.source, name, qualname, Some(info), env, free.clone());
        child.globals = self.globals.clone();
        if self.class_body {
            let first = child.locals.first().cloned();
            child.method_of = Some((self.name.to_string(), first));
        }
        child.line = self.line_of(range);
        child.is_async = is_async;
        for n in &free {
            let idx = self.cells.get_index_of(n);
            match idx {
                Some(i) => child.closure_from.push(i as u32),
                None => return Err(self.syntax(range, &format!("no binding for nonlocal '{n}' found"))),
            }
        }
        body(&mut child)?;
        let mut params = Params::default();
        set_params(&mut params);
        let first_line = self.line_of(range);
        let is_generator = child.ops.iter().any(|o| matches!(o, Op::Yield | Op::GetYieldFromIter));
        Ok(Rc::new(child.finish(params, is_async, is_generator && !is_async, first_line)))
    }

    fn expr(&mut self, expr: &'s Expr) -> R {
        match expr {
            Expr::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => {
                    let v = match i.as_i64() {
                        Some(v) => Value::Int(v),
                        None => parse_big_literal(&i.to_string()),
                    };
                    self.emit_const(v);
                }
                ast::Number::Float(f) => self.emit_const(Value::Float(*f)),
                ast::Number::Complex { .. } => return Err(self.unsupported(n.range, "complex numbers")),
            },
            Expr::StringLiteral(s) => self.emit_const(Value::str(s.value.to_str())),
            Expr::BytesLiteral(b) => return Err(self.unsupported(b.range, "bytes literals")),
            Expr::BooleanLiteral(b) => self.emit_const(Value::Bool(b.value)),
            Expr::NoneLiteral(_) => self.emit_const(Value::None),
            Expr::EllipsisLiteral(e) => return Err(self.unsupported(e.range, "'...' (Ellipsis)")),
            Expr::Name(n) => self.load_name(&n.id),
            Expr::FString(f) => self.fstring(f)?,
            Expr::TString(t) => return Err(self.unsupported(t.range, "t-strings")),
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Op::Binary(op_of(b.op), false));
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                self.emit(Op::Unary(match u.op {
                    ast::UnaryOp::Not => UnOp::Not,
                    ast::UnaryOp::USub => UnOp::Neg,
                    ast::UnaryOp::UAdd => UnOp::Pos,
                    ast::UnaryOp::Invert => UnOp::Invert,
                }));
            }
            Expr::BoolOp(b) => {
                let mut jumps = Vec::new();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < b.values.len() {
                        jumps.push(self.emit(match b.op {
                            ast::BoolOp::And => Op::JumpIfFalseOrPop(0),
                            ast::BoolOp::Or => Op::JumpIfTrueOrPop(0),
                        }));
                    }
                }
                for j in jumps {
                    self.patch(j);
                }
            }
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                let n = c.ops.len();
                let mut cleanup = Vec::new();
                for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
                    self.expr(right)?;
                    if i + 1 < n {
                        self.emit(Op::Dup);
                        self.emit(Op::Rot3);
                        self.emit(Op::Compare(cmp_of(*op)));
                        cleanup.push(self.emit(Op::JumpIfFalseOrPop(0)));
                    } else {
                        self.emit(Op::Compare(cmp_of(*op)));
                    }
                }
                if !cleanup.is_empty() {
                    let end = self.emit(Op::Jump(0));
                    for j in cleanup {
                        self.patch(j);
                    }
                    self.emit(Op::Rot2);
                    self.emit(Op::Pop);
                    self.patch(end);
                }
            }
            Expr::If(i) => {
                self.expr(&i.test)?;
                let jf = self.emit(Op::JumpIfFalse(0));
                self.expr(&i.body)?;
                let end = self.emit(Op::Jump(0));
                self.patch(jf);
                self.expr(&i.orelse)?;
                self.patch(end);
            }
            Expr::List(l) => self.sequence(&l.elts, 0)?,
            Expr::Tuple(t) => self.sequence(&t.elts, 1)?,
            Expr::Set(s) => self.sequence(&s.elts, 2)?,
            Expr::Dict(d) => {
                let simple = d.items.iter().all(|i| i.key.is_some());
                if simple {
                    for item in &d.items {
                        if let Some(k) = &item.key {
                            self.expr(k)?;
                        }
                        self.expr(&item.value)?;
                    }
                    self.emit(Op::BuildDict(d.items.len() as u32));
                } else {
                    self.emit(Op::BuildDict(0));
                    for item in &d.items {
                        match &item.key {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(&item.value)?;
                                self.emit(Op::MapAdd(1));
                            }
                            None => {
                                self.expr(&item.value)?;
                                self.emit(Op::DictUpdate(1));
                            }
                        }
                    }
                }
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::Subscr);
            }
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step] {
                    match part {
                        Some(e) => self.expr(e)?,
                        None => self.emit_const(Value::None),
                    }
                }
                self.emit(Op::BuildSlice);
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.name_index(&a.attr.id);
                self.emit(Op::LoadAttr(i));
            }
            Expr::Call(c) => self.call(c)?,
            Expr::Lambda(l) => {
                let params = l.parameters.as_deref().map(param_names).unwrap_or_default();
                let info = analyse_expr_scope(&params, &[&l.body], &[]);
                let qualname = if self.is_module() {
                    "<lambda>".to_string()
                } else {
                    format!("{}.<locals>.<lambda>", self.qualname)
                };
                let parameters = l.parameters.as_deref();
                self.make_function(parameters, "<lambda>", &qualname, info, false, l.range, |c| {
                    c.expr(&l.body)?;
                    c.emit(Op::Return);
                    Ok(())
                })?;
            }
            Expr::ListComp(c) => self.comprehension(&c.generators, CompKind::List(&c.elt), c.range)?,
            Expr::SetComp(c) => self.comprehension(&c.generators, CompKind::Set(&c.elt), c.range)?,
            Expr::DictComp(c) => match &c.key {
                Some(k) => self.comprehension(&c.generators, CompKind::Dict(k, &c.value), c.range)?,
                None => return Err(self.syntax(c.range, "invalid syntax")),
            },
            Expr::Generator(c) => self.comprehension(&c.generators, CompKind::Gen(&c.elt), c.range)?,
            Expr::Await(a) => {
                if self.is_module() {
                    return Err(self.syntax(a.range, "'await' outside function"));
                }
                if !self.is_async {
                    return Err(self.syntax(a.range, "'await' outside async function"));
                }
                self.expr(&a.value)?;
                self.emit(Op::GetAwaitable);
                self.emit_const(Value::None);
                self.emit(Op::Await);
            }
            Expr::Yield(y) => {
                if self.is_module() {
                    return Err(self.syntax(y.range, "'yield' outside function"));
                }
                if self.is_async {
                    return Err(self.unsupported(y.range, "asynchronous generators"));
                }
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.emit_const(Value::None),
                }
                self.emit(Op::Yield);
            }
            Expr::YieldFrom(y) => {
                if self.is_module() {
                    return Err(self.syntax(y.range, "'yield' outside function"));
                }
                if self.is_async {
                    return Err(self.syntax(y.range, "'yield from' inside async function"));
                }
                self.expr(&y.value)?;
                self.emit(Op::GetYieldFromIter);
                self.emit_const(Value::None);
                self.emit(Op::Await);
            }
            Expr::Named(n) => return Err(self.unsupported(n.range, "the walrus operator ':='")),
            Expr::Starred(s) => return Err(self.syntax(s.range, "can't use starred expression here")),
            Expr::IpyEscapeCommand(e) => return Err(self.syntax(e.range, "invalid syntax")),
        }
        Ok(())
    }

    /// kind: 0 list, 1 tuple, 2 set.
    fn sequence(&mut self, elts: &'s [Expr], kind: u8) -> R {
        let has_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !has_star {
            for e in elts {
                self.expr(e)?;
            }
            let n = elts.len() as u32;
            self.emit(match kind {
                0 => Op::BuildList(n),
                1 => Op::BuildTuple(n),
                _ => Op::BuildSet(n),
            });
            return Ok(());
        }
        self.emit(Op::BuildList(0));
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(Op::ListExtend(1));
                }
                other => {
                    self.expr(other)?;
                    self.emit(Op::ListAppend(1));
                }
            }
        }
        if kind != 0 {
            let name = if kind == 1 { "tuple" } else { "set" };
            let i = self.global_index(name);
            self.emit(Op::LoadGlobal(i));
            self.emit(Op::Rot2);
            self.emit(Op::Call(1));
        }
        Ok(())
    }

    fn call(&mut self, c: &'s ast::ExprCall) -> R {
        let args = &c.arguments;
        if let (Expr::Name(n), Some((class, Some(first)))) = (&*c.func, &self.method_of)
            && n.id.as_str() == "super"
            && args.args.is_empty()
            && args.keywords.is_empty()
        {
            let (class, first) = (class.clone(), first.clone());
            self.load_name("super");
            self.load_name(&class);
            self.load_name(&first);
            self.emit(Op::Call(2));
            return Ok(());
        }
        if let Expr::Attribute(attr) = &*c.func
            && args.keywords.is_empty()
            && !args.args.iter().any(|a| matches!(a, Expr::Starred(_)))
        {
            self.expr(&attr.value)?;
            for a in args.args.iter() {
                self.expr(a)?;
            }
            let name = self.name_index(&attr.attr.id);
            self.emit(Op::CallMethod(name, args.args.len() as u32));
            return Ok(());
        }
        self.expr(&c.func)?;
        let complex = args.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || args.keywords.iter().any(|k| k.arg.is_none());
        if complex {
            self.sequence(&args.args, 0)?;
            self.emit(Op::BuildDict(0));
            for k in &args.keywords {
                match &k.arg {
                    Some(name) => {
                        self.emit_const(Value::str(&name.id));
                        self.expr(&k.value)?;
                        self.emit(Op::MapAdd(1));
                    }
                    None => {
                        self.expr(&k.value)?;
                        self.emit(Op::DictUpdate(1));
                    }
                }
            }
            self.emit(Op::CallEx);
        } else if args.keywords.is_empty() {
            for a in args.args.iter() {
                self.expr(a)?;
            }
            self.emit(Op::Call(args.args.len() as u32));
        } else {
            for a in args.args.iter() {
                self.expr(a)?;
            }
            let mut names = Vec::new();
            for k in &args.keywords {
                self.expr(&k.value)?;
                if let Some(n) = &k.arg {
                    names.push(Value::str(&n.id));
                }
            }
            let count = (args.args.len() + names.len()) as u32;
            let i = self.add_const(Value::tuple(names));
            self.emit(Op::CallKw(count, i));
        }
        Ok(())
    }

    fn fstring(&mut self, f: &'s ast::ExprFString) -> R {
        let mut count = 0u32;
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => {
                    self.emit_const(Value::str(&s.value));
                    count += 1;
                }
                ast::FStringPart::FString(fs) => {
                    for element in fs.elements.iter() {
                        self.fstring_element(element)?;
                        count += 1;
                    }
                }
            }
        }
        self.emit(Op::BuildString(count));
        Ok(())
    }

    fn fstring_element(&mut self, element: &'s ast::InterpolatedStringElement) -> R {
        match element {
            ast::InterpolatedStringElement::Literal(l) => self.emit_const(Value::str(&l.value)),
            ast::InterpolatedStringElement::Interpolation(i) => {
                let mut conversion = i.conversion.to_byte().unwrap_or(0);
                if let Some(debug) = &i.debug_text {
                    let text = format!("{}{}{}", debug.leading(), debug.expression(), debug.trailing());
                    self.emit_const(Value::str(&text));
                    if conversion == 0 && i.format_spec.is_none() {
                        conversion = b'r';
                    }
                }
                self.expr(&i.expression)?;
                let has_spec = if let Some(spec) = &i.format_spec {
                    for e in spec.elements.iter() {
                        self.fstring_element(e)?;
                    }
                    self.emit(Op::BuildString(spec.elements.len() as u32));
                    true
                } else {
                    false
                };
                self.emit(Op::FormatValue(conversion, has_spec));
                if i.debug_text.is_some() {
                    self.emit(Op::BuildString(2));
                }
            }
        }
        Ok(())
    }

    fn comprehension(&mut self, generators: &'s [ast::Comprehension], kind: CompKind<'s>, range: TextRange) -> R {
        let Some(first) = generators.first() else {
            return Err(self.syntax(range, "invalid syntax"));
        };
        if let Some(g) = generators.iter().find(|g| g.is_async) {
            return Err(self.unsupported(g.range, "async comprehensions"));
        }
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
        let info = analyse_expr_scope(&[".0".to_string()], &exprs, &targets);
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
            false,
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
        self.emit(Op::GetIter);
        self.emit(Op::Call(1));
        Ok(())
    }

    fn comp_level(&mut self, generators: &'s [ast::Comprehension], level: usize, kind: CompKind<'s>) -> R {
        let g = &generators[level];
        if level > 0 {
            self.expr(&g.iter)?;
            self.emit(Op::GetIter);
        }
        let start = self.here();
        let exit = self.emit(Op::ForIter(0));
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
                    self.emit(Op::Yield);
                    self.emit(Op::Pop);
                }
            }
        }
        self.emit(Op::Jump(start as u32));
        self.patch(exit);
        Ok(())
    }
}

#[derive(Clone, Copy)]
enum CompKind<'s> {
    List(&'s Expr),
    Set(&'s Expr),
    Dict(&'s Expr, &'s Expr),
    Gen(&'s Expr),
}

fn parse_big_literal(text: &str) -> Value {
    let clean: String = text.chars().filter(|c| *c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = lower.strip_prefix("0x") {
        (r.to_string(), 16)
    } else if let Some(r) = lower.strip_prefix("0o") {
        (r.to_string(), 8)
    } else if let Some(r) = lower.strip_prefix("0b") {
        (r.to_string(), 2)
    } else {
        (lower, 10)
    };
    match num_bigint::BigInt::parse_bytes(digits.as_bytes(), radix) {
        Some(b) => int_from_big(b),
        None => Value::Int(0),
    }
}

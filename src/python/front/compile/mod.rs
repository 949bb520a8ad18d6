//! The compiler: ruff's AST to [`Code`]. Reports constructs outside the
//! supported subset, and the SyntaxErrors CPython's compiler raises that the
//! parser does not (`'return' outside function`…), as [`SourceDiagnostic`]s.
//!
//! One `FnCompiler` per code object (the module, each function, lambda,
//! class body and comprehension) walks its body and emits [`Op`]s. This file
//! holds that compiler's state and its primitives (emit, patch, constants,
//! errors); the walk is split by concern:
//!
//! * `names.rs` — where a name lives (class namespace, cell, local, global);
//! * `stmt.rs` — statements, one function per kind;
//! * `loops.rs` — `while`, `for`, `async for`, `break`, `continue`;
//! * `blocks.rs` — `try` and `with`: handler blocks, and unwinding out of them;
//! * `assign.rs` — assignment targets, augmented assignment, `del`;
//!   `annotations.rs` — annotated assignments and `__annotations__`;
//! * `functions.rs` — `def`, `lambda`'s and `class`'s code objects, closures;
//! * `expr.rs` — expressions; `call.rs` — calls; `fstring.rs` — f-strings;
//!   `comprehension.rs` — list/set/dict comprehensions and generator expressions;
//! * `patterns.rs` — `match` statements and their patterns.

use std::collections::HashSet;
use std::rc::Rc;

use indexmap::IndexSet;
use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::TextRange;

use crate::python::front::diagnostic::{SourceDiagnostic, line_and_column};
use crate::python::front::scope::ScopeInfo;
use crate::python::object::code::{Code, Op, Params, Span};
use crate::python::object::value::Value;

mod annotations;
mod assign;
mod blocks;
mod call;
mod classes;
mod comprehension;
mod expr;
mod fstring;
mod functions;
mod fuse;
#[cfg(test)]
pub(crate) use fuse::UNFUSED;
mod generators;
mod loops;
mod names;
mod patterns;
mod positions;
mod stmt;
mod try_star;

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
    c.setup_annotations(&module.body);
    c.body(&module.body)?;
    c.emit_const(Value::None);
    c.emit(Op::Return);
    let globals = c.globals.clone();
    let mut code = c.finish(Params::default(), false, false, 1);
    code.global_names = globals.borrow().iter().cloned().collect();
    Ok(Rc::new(code))
}

/// What is open around the code being compiled, innermost last: leaving it
/// early (`break`, `continue`, `return`) must close it.
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
    /// Inside an `except*` clause, which nothing may leave early.
    StarHandler,
}

/// A loop being compiled: where `continue` jumps, the `break` jumps to patch
/// at its end, and the unwind depth at its start.
struct LoopCtx {
    continue_target: usize,
    breaks: Vec<usize>,
    unwind_depth: usize,
    is_for: bool,
}

/// Compiles one code object: its instructions, their lines, constants and
/// names, and where it is in the nesting (loops, handler blocks, scopes).
struct FnCompiler<'s> {
    source: &'s str,
    line_starts: Vec<usize>,
    name: Rc<str>,
    qualname: Rc<str>,
    ops: Vec<Op>,
    lines: Vec<u32>,
    spans: Vec<Span>,
    /// The position the next instruction gets.
    span: Span,
    /// The statement (or clause) being compiled.
    stmt_range: TextRange,
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
    /// Loops, `try` and `with` blocks open around the statement compiled.
    blocks: usize,
    unwind: Vec<Unwind>,
    finally_bodies: Vec<&'s [Stmt]>,
    is_async: bool,
    /// Compiling an `async def` that yields: `return` may not carry a value.
    is_async_generator: bool,
    closure_from: Vec<u32>,
    globals: Rc<std::cell::RefCell<IndexSet<Rc<str>>>>,
    /// Compiling a class body: names live in the class namespace.
    class_body: bool,
    /// Compiling a method: its class's name and first parameter (for `super()`).
    method_of: Option<(String, Option<String>)>,
    /// The docstring of the def or class being compiled.
    doc: Option<Rc<str>>,
    /// The innermost enclosing class, whose name private names are mangled with.
    private_class: Option<Rc<str>>,
    /// In a class body: the names it binds (others it reads from the
    /// enclosing functions' cells, as CPython's `LOAD_CLASSDEREF`).
    class_bound: HashSet<String>,
}

/// What every compile step returns.
type R<T = ()> = Result<T, CompileError>;

impl<'s> FnCompiler<'s> {
    /// A compiler for one code object: `scope` is None for the module and
    /// class bodies; `cellnames` are the free variables it takes from outside.
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
            spans: Vec::new(),
            span: Span::default(),
            stmt_range: TextRange::default(),
            consts: Vec::new(),
            names: IndexSet::new(),
            scope,
            locals,
            cells,
            cellvars,
            enclosing,
            line: 1,
            loops: Vec::new(),
            blocks: 0,
            unwind: Vec::new(),
            finally_bodies: Vec::new(),
            is_async: false,
            is_async_generator: false,
            closure_from: Vec::new(),
            globals: Rc::default(),
            class_body: false,
            method_of: None,
            doc: None,
            private_class: None,
            class_bound: HashSet::new(),
        }
    }

    /// The finished code object.
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
        let mut ops = self.ops;
        fuse::fuse(&mut ops);
        Code {
            name: self.name,
            qualname: self.qualname,
            ops,
            lines: self.lines,
            spans: self.spans,
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
            is_async_generator: false,
            first_line,
            doc: self.doc,
            generated: false,
        }
    }

    /// The docstring of a body: its first statement when that is a string
    /// literal (kept as written, as 3.11 does; 3.13 strips the indentation).
    fn docstring(body: &[Stmt]) -> Option<Rc<str>> {
        match body.first() {
            Some(Stmt::Expr(e)) => match &*e.value {
                ruff_python_ast::Expr::StringLiteral(s) => Some(Rc::from(s.value.to_str())),
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether this code is a comprehension's (or generator expression's).
    fn is_comprehension(&self) -> bool {
        matches!(&*self.name, "<listcomp>" | "<setcomp>" | "<dictcomp>" | "<genexpr>")
    }

    /// The 1-based line `range` starts on.
    fn line_of(&self, range: TextRange) -> u32 {
        let offset = range.start().to_usize();
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// A diagnostic located at `range`.
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

    /// "looplab does not support WHAT yet" at `range` (exit status 2).
    fn unsupported(&self, range: TextRange, what: &str) -> CompileError {
        self.error(range, UNSUPPORTED_KIND, format!("looplab does not support {what} yet"), true)
    }

    /// A SyntaxError at `range`, as CPython's compiler raises it.
    fn syntax(&self, range: TextRange, message: &str) -> CompileError {
        self.error(range, "SyntaxError", message.to_string(), false)
    }

    /// Appends `op` at the current line; returns its index (to patch).
    fn emit(&mut self, op: Op) -> usize {
        self.ops.push(op);
        self.lines.push(self.line);
        self.spans.push(self.span);
        self.ops.len() - 1
    }

    /// The index the next instruction will have.
    fn here(&self) -> usize {
        self.ops.len()
    }

    /// Points the jump at `at` to the next instruction.
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
            Op::CheckEgMatch(_) => Op::CheckEgMatch(target),
            other => other,
        };
    }

    /// Adds a constant; returns its index.
    fn add_const(&mut self, v: Value) -> u32 {
        self.consts.push(v);
        self.consts.len() as u32 - 1
    }

    /// Pushes a constant.
    fn emit_const(&mut self, v: Value) {
        let i = self.add_const(v);
        self.emit(Op::Const(i));
    }
}

//! The Python subset looplab runs: parsed with `ruff_python_parser`, compiled
//! to bytecode, run by a VM with explicit frames.
//!
//! # Shape
//!
//! ```text
//! source ─front::syntax::parse_program─▶ AST ─front::compile::compile_module─▶ code::Code
//!        (SyntaxError as CPython)             (scope analysis in front/scope.rs;
//!                                              unsupported constructs and
//!                                              compile-time SyntaxErrors become
//!                                              SourceDiagnostics)
//! Code ─vm::Vm::run_frame─▶ output chunks (text, virtual time, stream)
//! ```
//!
//! * `front/` — parsing, diagnostics, scope analysis, the compiler, and the
//!   page's source-text tools (highlighting, delay knobs); see its docs.
//! * `code.rs` — the instruction set (`Op`) and `Code` objects.
//! * `vm.rs` — frames (ip, value stack, locals, cells, handler blocks), calls,
//!   exception unwinding, generators/coroutines (`GenState`, `Vm::resume`).
//! * `value.rs`, `ops.rs`, `iter.rs`, `methods.rs`, `builtins.rs`,
//!   `classes.rs` — the object model, operators, iteration, methods of the
//!   built-in types, builtin functions, user classes.
//! * `format.rs` (format-spec mini-language, `%`, `str.format`),
//!   `float_repr.rs` (CPython's shortest round-trip repr), `set_order.rs`
//!   (CPython's set iteration order for ints), `random.rs` (MT19937 exactly as
//!   CPython seeds and draws), `modules.rs` (`time`, `random`).
//! * `errors.rs` — exception classes and CPython's traceback format;
//!   `limits.rs` — step / virtual-time / memory / depth limits.
//! * `session.rs` — [`session::Session`], what the CLI and the page drive.
//!
//! # Suspension without Rust recursion across it
//!
//! A generator or coroutine is a `Frame` kept in a `GenState`. `run_frame`
//! returns `FrameResult::Yield` when the frame yields, and the frame is
//! resumed later by calling `run_frame` again. `await x` is CPython's
//! `SEND` loop: the awaiting frame keeps the awaited coroutine on its stack,
//! re-sends into it on every resume, and yields outward whatever it yields,
//! so a suspended chain of coroutines holds no Rust stack at all. Plain calls
//! (a function calling a function) do nest `run_frame` on the Rust stack, as
//! CPython 3.10 nested `_PyEval_EvalFrame`; the recursion limit (1000) bounds
//! that depth, and the CLI runs the VM on a thread with a large stack.

pub mod aio;
pub mod front;
pub mod lib;
pub mod limits;
pub mod object;
pub mod session;
pub mod vm;

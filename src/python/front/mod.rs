//! The front end: source text in, [`Code`](super::object::code::Code) out, with
//! CPython's diagnostics on the way.
//!
//! ```text
//! source ─syntax::parse_program─▶ AST ─compile::compile_module─▶ Code
//!        (SyntaxError as CPython)      (scope.rs: which names are local, cell,
//!                                       free or global; unsupported constructs
//!                                       and compile-time SyntaxErrors become
//!                                       diagnostic::SourceDiagnostics)
//! ```
//!
//! Beside the compiler, two tools the page runs on the source text alone:
//! `highlight.rs` (editor colours from the parser's tokens) and `knobs.rs`
//! (the delay literals a learner can turn, and their rewrite).
//!
//! Layering: this room imports only `object::code` (what it emits) and
//! `object::value` (the constants in that code) from the rest of
//! `src/python`; `object/` does not import it.

#![warn(missing_docs)]

pub mod annotations;
pub mod compile;
pub mod depth;
pub mod diagnostic;
pub mod escape_error;
pub mod highlight;
pub mod knobs;
pub mod layout;
pub mod scope;
pub mod source;
pub mod syntax;
pub mod syntax_hints;

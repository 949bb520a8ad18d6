//! The Python subset looplab runs: parsed with `ruff_python_parser`, compiled
//! to bytecode, run by a VM with explicit frames.

pub mod builtins;
pub mod code;
pub mod compile;
pub mod diagnostic;
pub mod errors;
pub mod float_repr;
pub mod format;
pub mod highlight;
pub mod iter;
pub mod knobs;
pub mod limits;
pub mod methods;
pub mod modules;
pub mod ops;
pub mod random;
pub mod scope;
pub mod session;
pub mod set_order;
pub mod syntax;
pub mod value;
pub mod vm;

//! The Python subset looplab runs: parsed with `ruff_python_parser`.

pub mod diagnostic;
pub mod highlight;
pub mod knobs;
pub mod syntax;

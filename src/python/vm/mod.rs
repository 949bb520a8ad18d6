//! The interpreter: frames and their execution, operators, iteration, formatting.

pub mod arith;
pub mod compare;
pub mod dunder;
pub mod enum_api;
pub mod enums;
pub mod flags;
pub mod attributes;
pub mod asyncgen;
pub mod bigcost;
pub mod bytes_sets;
pub mod exception_group;
pub mod format;
pub mod instances;
pub mod iter;
pub mod keys;
pub mod library;
pub mod machine;
pub mod ops;
pub mod protocols;
pub mod running_lines;
pub mod set_ops;
pub mod suggestions;
pub mod wallclock;

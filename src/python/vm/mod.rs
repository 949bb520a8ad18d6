//! The interpreter: frames and their execution, operators, iteration, formatting.

pub mod exception_group;
pub mod format;
pub mod instances;
pub mod iter;
pub mod library;
pub mod machine;
pub mod ops;
pub mod suggestions;

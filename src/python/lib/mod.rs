//! The built-in functions and the library modules that need no event loop.

pub mod builtins;
pub mod methods;
pub mod modules;
pub mod numbers;
pub mod random;
pub mod sorting;

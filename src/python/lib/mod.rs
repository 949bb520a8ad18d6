//! The built-in functions and the library modules that need no event loop.

pub mod builtins;
pub mod exceptions;
pub mod methods;
pub mod modules;
pub mod random;
pub mod traceback_module;

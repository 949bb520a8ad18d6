//! The built-in functions and the library modules that need no event loop.

pub mod builtins;
pub mod bytes;
pub mod frozenset;
pub mod identity;
pub mod methods;
pub mod modules;
pub mod more_builtins;
pub mod namespaces;
pub mod pow;
pub mod random;

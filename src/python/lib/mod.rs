//! The built-in functions and the library modules that need no event loop.

pub mod builtins;
pub mod class_builtins;
pub mod collections;
pub mod functools;
pub mod itertools;
pub mod math;
pub mod generators;
pub mod exceptions;
pub mod methods;
pub mod modules;
pub mod natives;
pub mod random;
pub mod reprlib;
pub mod sorting;
pub mod wallclock;

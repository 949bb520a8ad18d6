//! The built-in functions and the library modules that need no event loop.

pub mod builtins;
pub mod bytes;
pub mod class_builtins;
pub mod collections;
pub mod contextlib_closing;
pub mod contextlib_managers;
pub mod contextlib_stacks;
pub mod exceptions;
pub mod frozenset;
pub mod functools;
pub mod generators;
pub mod identity;
pub mod itertools;
pub mod math;
pub mod methods;
pub mod modules;
pub mod more_builtins;
pub mod namespaces;
pub mod natives;
pub mod numbers;
pub mod pow;
pub mod random;
pub mod reprlib;
pub mod sorting;
pub mod stringio;
pub mod wallclock;

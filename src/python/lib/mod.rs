//! The built-in functions and the library modules that need no event loop.

pub mod builtins;
pub mod collections;
pub mod contextlib;
pub mod datetime;
pub mod functools;
pub mod heapq;
pub mod itertools;
pub mod json;
pub mod logging;
pub mod math;
pub mod methods;
pub mod modules;
pub mod natives;
pub mod operator;
pub mod os;
pub mod random;
pub mod random_extras;
pub mod statistics;
pub mod sys;
pub mod typing;
pub mod wallclock;

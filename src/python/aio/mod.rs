//! The only room that names `crate::engine`: asyncio on the engine, loops, threads on the virtual clock.

pub mod asyncgens;
pub mod asyncio;
pub mod event_loop;
pub mod library;
pub mod threads;
pub mod timeouts;

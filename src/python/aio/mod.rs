//! The only room that names `crate::engine`: asyncio on the engine, loops, threads on the virtual clock.

pub mod asyncgens;
pub mod asyncio;
pub mod barrier;
pub mod classes;
pub mod debug;
pub mod default_executor;
pub mod event_loop;
pub mod exception_handler;
pub mod finalize;
pub mod library;
pub mod primitives;
pub mod library_frames;
pub mod reprs;
pub mod scheduled_call;
pub mod runner;
pub mod task_stack;
pub mod taskgroups;
pub mod threads;
pub mod timeouts;
pub mod wait_for_predicate;

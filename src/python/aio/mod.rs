//! The only room that names `crate::engine`: asyncio on the engine, loops, threads on the virtual clock.

pub mod asyncio;
pub mod event_loop;
pub mod library;
pub mod library_frames;
pub mod reprs;
pub mod taskgroups;
pub mod threads;
pub mod timeouts;

//! looplab: the asyncio event loop, running in the browser.
//!
//! One direction of dependency: `page` → `python` → `engine`. The engine knows
//! nothing of Python or of the page; the page reads the engine's trace and
//! snapshots and never reaches inside.

pub mod engine;
pub mod gallery;
pub mod heap;
pub mod sort;
pub mod python;
pub mod view;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

#[cfg(target_arch = "wasm32")]
pub mod page;
